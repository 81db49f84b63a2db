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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005337189859) q[0];
rz(pi*0.003676353767) q[1];
rz(pi*8.4098742e-05) q[2];
rz(pi*-0.003532394783) q[3];
rz(pi*0.003310449209) q[4];
rz(pi*0.002829338273) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002159423448) q[0];
rz(pi*0.003670396621) q[1];
rz(pi*-0.000868764785) q[2];
rz(pi*0.000710928941) q[3];
rz(pi*-0.00148924167) q[4];
rz(pi*-0.004867748348) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000512442428) q[0];
rz(pi*0.001559111481) q[1];
rz(pi*-0.008217114221) q[2];
rz(pi*-0.001205386538) q[3];
rz(pi*-0.001416869975) q[4];
rz(pi*-0.000603973299) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002955906659) q[0];
rz(pi*-0.00047865189) q[1];
rz(pi*0.001454820214) q[2];
rz(pi*-0.004149694178) q[3];
rz(pi*0.008039276727) q[4];
rz(pi*0.008594299559) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003058920082) q[0];
rz(pi*-0.008310352232) q[1];
rz(pi*-0.001779702431) q[2];
rz(pi*0.002604794322) q[3];
rz(pi*0.002588566101) q[4];
rz(pi*-0.001702258787) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
