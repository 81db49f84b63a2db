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
rx(pi*0.193173610945) q[0];
rx(pi*-0.275492056378) q[1];
rx(pi*-0.131301678302) q[2];
rx(pi*-0.045512216111) q[3];
rx(pi*0.0654347775) q[4];
rx(pi*-0.000734823338) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.063744087494) q[0];
rx(pi*-0.325177413721) q[1];
rx(pi*-0.076605936086) q[2];
rx(pi*-0.016615328061) q[3];
rx(pi*0.05335385669) q[4];
rx(pi*-0.002298572247) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005505163895) q[0];
rx(pi*-0.351440325881) q[1];
rx(pi*-0.096105504809) q[2];
rx(pi*-0.037800730952) q[3];
rx(pi*0.0483695214) q[4];
rx(pi*0.001498738716) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.207951123642) q[0];
rx(pi*-0.262116496926) q[1];
rx(pi*-0.066878034418) q[2];
rx(pi*-0.007664853109) q[3];
rx(pi*0.05638598162) q[4];
rx(pi*-0.003928468975) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.021188321137) q[0];
rx(pi*-0.279835108052) q[1];
rx(pi*-0.127077813429) q[2];
rx(pi*-0.045354026084) q[3];
rx(pi*0.04677776953) q[4];
rx(pi*0.000253298003) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
