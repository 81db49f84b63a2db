// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
ry(pi*0.078449646046) q[0];
ry(pi*-0.346014499495) q[1];
ry(pi*-0.179514940152) q[2];
ry(pi*0.025319096224) q[3];
ry(pi*-0.241911089814) q[4];
ry(pi*0.107514444098) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.110883605661) q[0];
ry(pi*-0.059814973742) q[1];
ry(pi*-0.120388980715) q[2];
ry(pi*-0.04136893324) q[3];
ry(pi*0.351325882267) q[4];
ry(pi*-0.18722984752) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.073049176737) q[0];
ry(pi*-0.168880677124) q[1];
ry(pi*-0.116040056975) q[2];
ry(pi*-0.036513496426) q[3];
ry(pi*0.203086814697) q[4];
ry(pi*-0.175493590387) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.176225596939) q[0];
ry(pi*0.154997482835) q[1];
ry(pi*-0.354911883363) q[2];
ry(pi*0.228846759315) q[3];
ry(pi*-0.076659927783) q[4];
ry(pi*-0.18680988575) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.028564529385) q[0];
ry(pi*0.470375586209) q[1];
ry(pi*0.520120878462) q[2];
ry(pi*-0.435499691669) q[3];
ry(pi*0.461827073225) q[4];
ry(pi*0.002078088612) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
