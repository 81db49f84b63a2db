// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.020703854396) q[0];
rx(pi*0.341462671705) q[1];
rx(pi*0.257038023605) q[2];
rx(pi*0.064126948056) q[3];
rx(pi*0.093447109807) q[4];
rx(pi*-0.001061507447) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.493256530201) q[0];
rx(pi*0.178447305694) q[1];
rx(pi*-0.105955273179) q[2];
rx(pi*0.076456525698) q[3];
rx(pi*0.102561731636) q[4];
rx(pi*0.001636857947) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.383451525246) q[0];
rx(pi*0.12678370738) q[1];
rx(pi*0.276575495135) q[2];
rx(pi*0.060885577436) q[3];
rx(pi*0.090413149264) q[4];
rx(pi*-0.000573113903) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.487571763755) q[0];
rx(pi*0.192588339624) q[1];
rx(pi*-0.098006336969) q[2];
rx(pi*0.066824227705) q[3];
rx(pi*0.106387624154) q[4];
rx(pi*0.00081534153) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.11619248403) q[0];
rx(pi*0.243955498242) q[1];
rx(pi*0.253780175153) q[2];
rx(pi*0.069881154759) q[3];
rx(pi*0.096563336184) q[4];
rx(pi*-0.005922292204) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
