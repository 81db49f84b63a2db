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
ry(pi*-0.010342989848) q[0];
ry(pi*-0.055180642959) q[1];
ry(pi*-0.022053189098) q[2];
ry(pi*0.047632373234) q[3];
ry(pi*0.011943393291) q[4];
ry(pi*-0.015082621753) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.063043831836) q[0];
ry(pi*0.055297387018) q[1];
ry(pi*0.003822332756) q[2];
ry(pi*0.005298809769) q[3];
ry(pi*0.036030739604) q[4];
ry(pi*-0.013703834233) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00150086648) q[0];
ry(pi*-0.004057779516) q[1];
ry(pi*-0.016450757262) q[2];
ry(pi*-0.033483676685) q[3];
ry(pi*-0.015909723274) q[4];
ry(pi*-0.025585350279) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.049166405262) q[0];
ry(pi*0.030672743163) q[1];
ry(pi*0.050157337645) q[2];
ry(pi*0.029927370311) q[3];
ry(pi*0.001285712556) q[4];
ry(pi*0.028661627164) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.068715535545) q[0];
ry(pi*0.079493023846) q[1];
ry(pi*0.086171962271) q[2];
ry(pi*0.093590297134) q[3];
ry(pi*0.135589035476) q[4];
ry(pi*0.004941653426) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
