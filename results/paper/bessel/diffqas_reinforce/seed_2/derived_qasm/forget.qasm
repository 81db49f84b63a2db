// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*0.2684355413) q[0];
rx(pi*0.074036271882) q[1];
rx(pi*0.082004446458) q[2];
rx(pi*-0.119852146819) q[3];
rx(pi*0.072986182472) q[4];
rx(pi*0.003754028789) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.272994294144) q[0];
rx(pi*0.071760490796) q[1];
rx(pi*0.164547756897) q[2];
rx(pi*-0.107049981748) q[3];
rx(pi*0.073596241687) q[4];
rx(pi*2.1606275e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095073074284) q[0];
rx(pi*0.095148889384) q[1];
rx(pi*0.10749529111) q[2];
rx(pi*-0.118355861072) q[3];
rx(pi*0.076078232825) q[4];
rx(pi*-0.000330517716) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.270489151511) q[0];
rx(pi*0.202381180265) q[1];
rx(pi*0.13949237475) q[2];
rx(pi*-0.103057868988) q[3];
rx(pi*0.07621446664) q[4];
rx(pi*-0.003147516885) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.187359962624) q[0];
rx(pi*0.063224836592) q[1];
rx(pi*0.087424808693) q[2];
rx(pi*-0.117059519627) q[3];
rx(pi*0.07304886843) q[4];
rx(pi*-0.001101798818) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
