// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*0.030359911972) q[0];
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
rx(pi*0.0036015629) q[0];
rx(pi*-0.005484155727) q[1];
rx(pi*0.01119240332) q[2];
rx(pi*0.003622678975) q[3];
rx(pi*0.01247740262) q[4];
rx(pi*0.00371801555) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.004947341693) q[0];
rx(pi*0.000208127689) q[1];
rx(pi*0.003743833902) q[2];
rx(pi*-0.00118184951) q[3];
rx(pi*-0.002176161413) q[4];
rx(pi*0.000501191848) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.008366183692) q[0];
rx(pi*0.009774576407) q[1];
rx(pi*-0.000137235711) q[2];
rx(pi*0.001336620144) q[3];
rx(pi*-0.003689102268) q[4];
rx(pi*0.00583941272) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.005454161591) q[0];
rx(pi*-0.002493900983) q[1];
rx(pi*-0.002645470114) q[2];
rx(pi*-0.000203082086) q[3];
rx(pi*0.00142850027) q[4];
rx(pi*-0.00121577508) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.014943422261) q[0];
rx(pi*-0.003319678858) q[1];
rx(pi*-0.003779112837) q[2];
rx(pi*-0.000826295697) q[3];
rx(pi*-0.002051392029) q[4];
rx(pi*-0.002426857222) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
