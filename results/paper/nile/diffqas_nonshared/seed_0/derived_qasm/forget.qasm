// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.17352410534) q[0];
rx(pi*-0.06219955405) q[1];
rx(pi*-0.00665338747) q[2];
rx(pi*0.002874731461) q[3];
rx(pi*-0.000399060991) q[4];
rx(pi*-0.005071139761) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.009267241576) q[0];
rx(pi*-0.062457479068) q[1];
rx(pi*0.004146989079) q[2];
rx(pi*0.002549248639) q[3];
rx(pi*0.001076661188) q[4];
rx(pi*-0.002172129704) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.178317759773) q[0];
rx(pi*-0.063471681526) q[1];
rx(pi*0.000492501366) q[2];
rx(pi*0.001018568561) q[3];
rx(pi*0.003814618852) q[4];
rx(pi*0.001494735021) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.012844277456) q[0];
rx(pi*-0.061454665003) q[1];
rx(pi*0.007431607485) q[2];
rx(pi*0.005128661575) q[3];
rx(pi*-0.002645939393) q[4];
rx(pi*-0.007711403931) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.178345061557) q[0];
rx(pi*-0.062020560405) q[1];
rx(pi*-0.000413692982) q[2];
rx(pi*-0.001551409138) q[3];
rx(pi*0.002697930355) q[4];
rx(pi*0.003109448659) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
