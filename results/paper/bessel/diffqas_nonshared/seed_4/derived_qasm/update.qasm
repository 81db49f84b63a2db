// DiffQAS-QLSTM derived circuit, update gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.160600438793) q[0];
ry(pi*0.070950482535) q[1];
ry(pi*0.011794975415) q[2];
ry(pi*0.014940940388) q[3];
ry(pi*0.140289581149) q[4];
ry(pi*-0.000845409925) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.08313373286) q[0];
ry(pi*0.249773396458) q[1];
ry(pi*0.064774288721) q[2];
ry(pi*0.065034983761) q[3];
ry(pi*-0.0579297941) q[4];
ry(pi*0.005700994074) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.394963353746) q[0];
ry(pi*-0.080627945154) q[1];
ry(pi*-0.080966248218) q[2];
ry(pi*-0.001268813471) q[3];
ry(pi*0.34672457355) q[4];
ry(pi*0.001825170028) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.079951263135) q[0];
ry(pi*0.150914329345) q[1];
ry(pi*-0.186767310904) q[2];
ry(pi*-0.367345901238) q[3];
ry(pi*-0.097205753421) q[4];
ry(pi*-0.150232116769) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.213086477261) q[0];
ry(pi*0.105678821273) q[1];
ry(pi*0.057269314807) q[2];
ry(pi*0.045264801995) q[3];
ry(pi*-0.049777204415) q[4];
ry(pi*0.005895725021) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
