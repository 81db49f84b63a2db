// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000272352459) q[0];
ry(pi*0.108285838074) q[1];
ry(pi*-0.065263401414) q[2];
ry(pi*0.499286714491) q[3];
ry(pi*0.411942293331) q[4];
ry(pi*-0.004111801154) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.47277928156) q[0];
ry(pi*0.061971297666) q[1];
ry(pi*-1.8082817e-05) q[2];
ry(pi*-0.003295626157) q[3];
ry(pi*0.056539053748) q[4];
ry(pi*0.021241418743) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008277919505) q[0];
ry(pi*0.500682084193) q[1];
ry(pi*-0.275068945131) q[2];
ry(pi*-0.503358304092) q[3];
ry(pi*0.556571966406) q[4];
ry(pi*0.010381556701) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.035510829399) q[0];
ry(pi*-0.000840301365) q[1];
ry(pi*-0.000161138733) q[2];
ry(pi*0.000841190268) q[3];
ry(pi*-0.00696922443) q[4];
ry(pi*0.076805818726) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002813104123) q[0];
ry(pi*-0.498346690734) q[1];
ry(pi*-0.245908913372) q[2];
ry(pi*-0.140050799633) q[3];
ry(pi*-0.30410633705) q[4];
ry(pi*0.000735083324) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
