// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.041575992322) q[0];
ry(pi*-0.369848216931) q[1];
ry(pi*0.234656328496) q[2];
ry(pi*0.005391650538) q[3];
ry(pi*-0.03819011814) q[4];
ry(pi*-0.057645900133) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.497139910144) q[0];
ry(pi*0.093460874535) q[1];
ry(pi*-0.506889170384) q[2];
ry(pi*0.462809823611) q[3];
ry(pi*-0.007685629454) q[4];
ry(pi*0.00105901253) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.030192550034) q[0];
ry(pi*-0.027504932257) q[1];
ry(pi*-0.00614460656) q[2];
ry(pi*0.012557281445) q[3];
ry(pi*0.349916472732) q[4];
ry(pi*-0.035943967743) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002053820986) q[0];
ry(pi*0.029516764477) q[1];
ry(pi*-0.0384509033) q[2];
ry(pi*-0.062418954904) q[3];
ry(pi*0.425430209394) q[4];
ry(pi*-0.067472109093) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.014089028443) q[0];
ry(pi*0.032868020509) q[1];
ry(pi*-0.071412374078) q[2];
ry(pi*-0.179215626085) q[3];
ry(pi*0.092646829823) q[4];
ry(pi*0.000145766073) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
