// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.094676847421) q[0];
rx(pi*0.003058512168) q[1];
rx(pi*-0.002343805057) q[2];
rx(pi*-0.000192520918) q[3];
rx(pi*0.000146938845) q[4];
rx(pi*0.003786835042) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.094426691743) q[0];
rx(pi*-0.004049878848) q[1];
rx(pi*0.001448047388) q[2];
rx(pi*0.002358603059) q[3];
rx(pi*0.006783859499) q[4];
rx(pi*-0.00534488983) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.086168993036) q[0];
rx(pi*0.004097062886) q[1];
rx(pi*-0.004291080576) q[2];
rx(pi*-0.003847033495) q[3];
rx(pi*0.001668870161) q[4];
rx(pi*0.003241695825) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.091267378256) q[0];
rx(pi*0.001579652741) q[1];
rx(pi*0.000362701758) q[2];
rx(pi*0.004821259484) q[3];
rx(pi*1.8729145e-05) q[4];
rx(pi*0.003152061154) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.08691603549) q[0];
rx(pi*-0.000727846332) q[1];
rx(pi*-0.000308888691) q[2];
rx(pi*0.003596441147) q[3];
rx(pi*0.00186791044) q[4];
rx(pi*-0.002392904749) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
