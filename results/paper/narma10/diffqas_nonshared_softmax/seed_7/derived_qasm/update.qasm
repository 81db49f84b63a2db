// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*0.030359911972) q[0];
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
rx(pi*-0.021071529646) q[0];
rx(pi*0.093750360719) q[1];
rx(pi*0.001817058585) q[2];
rx(pi*0.002267901615) q[3];
rx(pi*-0.001331142652) q[4];
rx(pi*-0.000331245832) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.219128367737) q[0];
rx(pi*0.104649284092) q[1];
rx(pi*0.000356113657) q[2];
rx(pi*0.002276344043) q[3];
rx(pi*-0.00653772545) q[4];
rx(pi*-0.004072870854) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.023316401754) q[0];
rx(pi*0.100207175701) q[1];
rx(pi*-0.00369492038) q[2];
rx(pi*-0.003951243091) q[3];
rx(pi*-0.004050188638) q[4];
rx(pi*-0.00148365049) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.218116551102) q[0];
rx(pi*0.100162295667) q[1];
rx(pi*0.000170772498) q[2];
rx(pi*0.005512636193) q[3];
rx(pi*-0.000539043591) q[4];
rx(pi*-0.002499988271) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.019671119122) q[0];
rx(pi*0.100843531145) q[1];
rx(pi*-0.000767869343) q[2];
rx(pi*0.001688121126) q[3];
rx(pi*-0.000578740175) q[4];
rx(pi*0.000324385442) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
