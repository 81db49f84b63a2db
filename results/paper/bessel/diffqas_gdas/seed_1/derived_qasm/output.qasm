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
rx(pi*0.497040834456) q[0];
rx(pi*-0.086364412338) q[1];
rx(pi*0.050213255075) q[2];
rx(pi*0.005353198707) q[3];
rx(pi*0.069769125427) q[4];
rx(pi*-0.001070694777) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.23457778132) q[0];
rx(pi*-0.096161379551) q[1];
rx(pi*0.008087742611) q[2];
rx(pi*0.011152762135) q[3];
rx(pi*0.073735245523) q[4];
rx(pi*0.001634565802) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.148022797219) q[0];
rx(pi*-0.128782865805) q[1];
rx(pi*0.108972803323) q[2];
rx(pi*0.008183061103) q[3];
rx(pi*0.066735406787) q[4];
rx(pi*-0.000576186413) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.265439554712) q[0];
rx(pi*-0.09490594335) q[1];
rx(pi*0.006930138791) q[2];
rx(pi*0.007019722176) q[3];
rx(pi*0.077565312046) q[4];
rx(pi*0.000814320707) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.35490896156) q[0];
rx(pi*-0.093793703962) q[1];
rx(pi*0.046958627247) q[2];
rx(pi*0.011110011791) q[3];
rx(pi*0.072887282281) q[4];
rx(pi*-0.005922743399) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
