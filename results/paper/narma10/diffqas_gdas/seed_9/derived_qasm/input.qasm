// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.032457881879) q[0];
ry(pi*-0.003552528426) q[1];
ry(pi*-0.026587787262) q[2];
ry(pi*-0.007919807114) q[3];
ry(pi*-0.076861470538) q[4];
ry(pi*-0.004405646623) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00307881953) q[0];
ry(pi*0.001522561076) q[1];
ry(pi*0.012454083927) q[2];
ry(pi*0.002208268194) q[3];
ry(pi*0.002673804431) q[4];
ry(pi*-0.013539557511) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001100236531) q[0];
ry(pi*0.026510679643) q[1];
ry(pi*0.014943653491) q[2];
ry(pi*-0.056580096544) q[3];
ry(pi*0.000765988003) q[4];
ry(pi*0.061141804393) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.015552248248) q[0];
ry(pi*0.087128321564) q[1];
ry(pi*-0.02755050954) q[2];
ry(pi*-0.000838626353) q[3];
ry(pi*0.00119918697) q[4];
ry(pi*-0.005085531183) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001503339607) q[0];
ry(pi*-0.00049755123) q[1];
ry(pi*4.6631169e-05) q[2];
ry(pi*0.005369868045) q[3];
ry(pi*-0.002262465774) q[4];
ry(pi*-0.00016745097) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
