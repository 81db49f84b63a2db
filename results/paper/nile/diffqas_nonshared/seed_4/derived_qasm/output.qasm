// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*0.0050740586) q[0];
ry(pi*0.024440918881) q[1];
ry(pi*-0.001334430719) q[2];
ry(pi*-0.003016971633) q[3];
ry(pi*-0.00667090406) q[4];
ry(pi*-0.005908930646) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002492719337) q[0];
ry(pi*-0.000361647548) q[1];
ry(pi*-0.002999106716) q[2];
ry(pi*0.009286568284) q[3];
ry(pi*-0.002459224137) q[4];
ry(pi*0.002193189158) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000275509421) q[0];
ry(pi*-0.000588368918) q[1];
ry(pi*-0.000804912447) q[2];
ry(pi*-3.9283445e-05) q[3];
ry(pi*-0.00100748025) q[4];
ry(pi*-0.005690927846) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006889511023) q[0];
ry(pi*0.50100625256) q[1];
ry(pi*-0.004654691506) q[2];
ry(pi*-0.499659491038) q[3];
ry(pi*-0.502099765847) q[4];
ry(pi*0.029437989628) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.032202105524) q[0];
ry(pi*0.001899221403) q[1];
ry(pi*0.003269813141) q[2];
ry(pi*-0.000809342362) q[3];
ry(pi*0.001509266071) q[4];
ry(pi*-0.005427603895) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
