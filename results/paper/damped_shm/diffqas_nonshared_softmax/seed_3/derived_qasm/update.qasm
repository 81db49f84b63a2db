// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.136844111195) q[0];
ry(pi*-0.228090391756) q[1];
ry(pi*-0.003234103465) q[2];
ry(pi*-0.01013097295) q[3];
ry(pi*0.078795827543) q[4];
ry(pi*0.005296953404) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000978258587) q[0];
ry(pi*-0.244274183485) q[1];
ry(pi*0.005495929503) q[2];
ry(pi*0.497217964028) q[3];
ry(pi*0.012873006939) q[4];
ry(pi*0.001563254803) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00288151244) q[0];
ry(pi*0.494165931943) q[1];
ry(pi*-0.020007075494) q[2];
ry(pi*0.023697784813) q[3];
ry(pi*0.005066363965) q[4];
ry(pi*0.008351636931) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.222182923197) q[0];
ry(pi*0.00521908569) q[1];
ry(pi*0.02187396778) q[2];
ry(pi*0.098480001101) q[3];
ry(pi*0.245992203734) q[4];
ry(pi*0.48978740123) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.011748949901) q[0];
ry(pi*0.15478200934) q[1];
ry(pi*0.044920702756) q[2];
ry(pi*0.002410709635) q[3];
ry(pi*-0.220731849508) q[4];
ry(pi*-0.000678907019) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
