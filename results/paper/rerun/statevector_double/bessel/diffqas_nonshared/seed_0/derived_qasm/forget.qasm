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
rx(pi*-0.12405386101) q[0];
rx(pi*-0.13852912835) q[1];
rx(pi*-0.089558038039) q[2];
rx(pi*-0.092361138188) q[3];
rx(pi*0.013165550107) q[4];
rx(pi*-0.00308446244) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.245850154772) q[0];
rx(pi*-0.149406508167) q[1];
rx(pi*0.171213300562) q[2];
rx(pi*-0.053047665001) q[3];
rx(pi*0.017761248819) q[4];
rx(pi*-0.001255959286) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.225250228344) q[0];
rx(pi*0.011245483139) q[1];
rx(pi*-0.078795263104) q[2];
rx(pi*-0.073316531211) q[3];
rx(pi*0.018771878471) q[4];
rx(pi*0.002288458883) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.257472044181) q[0];
rx(pi*-0.073833965473) q[1];
rx(pi*0.099930202044) q[2];
rx(pi*-0.041738195085) q[3];
rx(pi*0.013842625811) q[4];
rx(pi*0.000390069984) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.098204023513) q[0];
rx(pi*-0.132610617652) q[1];
rx(pi*-0.095675515942) q[2];
rx(pi*-0.093129012719) q[3];
rx(pi*0.012573092858) q[4];
rx(pi*0.001169681235) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
