// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
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
rx(pi*0.080080828029) q[0];
rx(pi*-0.032171587859) q[1];
rx(pi*-0.169087764665) q[2];
rx(pi*-0.09948942717) q[3];
rx(pi*-0.002854384375) q[4];
rx(pi*0.000312566865) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.156100027149) q[0];
rx(pi*0.00372238195) q[1];
rx(pi*-0.253632908685) q[2];
rx(pi*-0.09849331997) q[3];
rx(pi*-0.000103510763) q[4];
rx(pi*0.00424356155) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.369835581081) q[0];
rx(pi*-0.405521649893) q[1];
rx(pi*-0.166166625566) q[2];
rx(pi*-0.096583523187) q[3];
rx(pi*0.000928552211) q[4];
rx(pi*0.001452427721) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.088747759417) q[0];
rx(pi*0.000660849854) q[1];
rx(pi*-0.253430754059) q[2];
rx(pi*-0.10157262538) q[3];
rx(pi*0.001820081922) q[4];
rx(pi*-0.000985516552) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.084072656198) q[0];
rx(pi*-0.025591718008) q[1];
rx(pi*-0.165280370576) q[2];
rx(pi*-0.095902069522) q[3];
rx(pi*0.001441792606) q[4];
rx(pi*0.002633650982) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
