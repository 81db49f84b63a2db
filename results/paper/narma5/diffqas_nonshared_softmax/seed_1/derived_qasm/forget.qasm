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
rx(pi*0.098788934352) q[0];
rx(pi*0.00307555681) q[1];
rx(pi*-0.002343792161) q[2];
rx(pi*-0.000192508967) q[3];
rx(pi*0.000146944237) q[4];
rx(pi*0.00378683771) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.098703879524) q[0];
rx(pi*-0.00403281553) q[1];
rx(pi*0.001448025154) q[2];
rx(pi*0.002358586013) q[3];
rx(pi*0.006783848827) q[4];
rx(pi*-0.005344905245) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.090280937671) q[0];
rx(pi*0.004114137173) q[1];
rx(pi*-0.004291103699) q[2];
rx(pi*-0.00384704476) q[3];
rx(pi*0.001668866455) q[4];
rx(pi*0.003241705905) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095544575523) q[0];
rx(pi*0.001596716356) q[1];
rx(pi*0.000362693606) q[2];
rx(pi*0.004821250294) q[3];
rx(pi*1.8726549e-05) q[4];
rx(pi*0.003152055522) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.091028084476) q[0];
rx(pi*-0.000710777826) q[1];
rx(pi*-0.000308888209) q[2];
rx(pi*0.003596440554) q[3];
rx(pi*0.001867911923) q[4];
rx(pi*-0.002392904452) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
