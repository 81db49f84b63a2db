// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.034024886171) q[0];
rx(pi*0.002405857799) q[1];
rx(pi*0.002258815151) q[2];
rx(pi*-0.000648449385) q[3];
rx(pi*-0.001417018496) q[4];
rx(pi*-0.002411450462) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.032142780114) q[0];
rx(pi*-0.000943822235) q[1];
rx(pi*0.002668787918) q[2];
rx(pi*-0.001657138036) q[3];
rx(pi*0.000396609727) q[4];
rx(pi*0.006872069732) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.029934060576) q[0];
rx(pi*-0.000397630364) q[1];
rx(pi*0.001999034953) q[2];
rx(pi*0.00145785778) q[3];
rx(pi*0.001969688263) q[4];
rx(pi*-0.004584927527) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.036092194705) q[0];
rx(pi*0.001737410101) q[1];
rx(pi*9.0020352e-05) q[2];
rx(pi*0.005594801234) q[3];
rx(pi*0.002757325431) q[4];
rx(pi*0.000622756431) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.029110911316) q[0];
rx(pi*0.004212272821) q[1];
rx(pi*0.000838789178) q[2];
rx(pi*0.000724531289) q[3];
rx(pi*0.002291176581) q[4];
rx(pi*-0.000627971046) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
