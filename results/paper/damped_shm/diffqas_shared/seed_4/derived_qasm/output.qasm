// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.01250604554) q[0];
ry(pi*-0.031397217534) q[1];
ry(pi*-0.066517063663) q[2];
ry(pi*0.004652525945) q[3];
ry(pi*-0.502043113222) q[4];
ry(pi*0.382312059965) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.105857762742) q[0];
ry(pi*0.239803198572) q[1];
ry(pi*-0.029706529899) q[2];
ry(pi*-0.074891430538) q[3];
ry(pi*-0.004652104394) q[4];
ry(pi*-0.00721503357) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.05830656441) q[0];
ry(pi*0.085859044744) q[1];
ry(pi*-0.483604676048) q[2];
ry(pi*-0.044450079006) q[3];
ry(pi*-0.461548818908) q[4];
ry(pi*0.08283298635) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.438885871787) q[0];
ry(pi*0.011032591123) q[1];
ry(pi*-0.042297502201) q[2];
ry(pi*-0.133974540025) q[3];
ry(pi*-0.011235008996) q[4];
ry(pi*0.046553649205) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.077070156534) q[0];
ry(pi*-0.114844754898) q[1];
ry(pi*-0.476492551847) q[2];
ry(pi*-0.262196751649) q[3];
ry(pi*0.007677745091) q[4];
ry(pi*0.006891174696) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
