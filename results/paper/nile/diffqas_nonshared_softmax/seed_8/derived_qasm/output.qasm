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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.288633947469) q[0];
ry(pi*0.008113047514) q[1];
ry(pi*-0.001242165802) q[2];
ry(pi*-0.028413556117) q[3];
ry(pi*-0.499995080999) q[4];
ry(pi*0.057979023637) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.271136824199) q[0];
ry(pi*0.039461292235) q[1];
ry(pi*0.360241024626) q[2];
ry(pi*-0.05928266959) q[3];
ry(pi*-0.060400373129) q[4];
ry(pi*-0.059354595276) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.288744843179) q[0];
ry(pi*0.017590698047) q[1];
ry(pi*-0.017290045215) q[2];
ry(pi*0.035441201787) q[3];
ry(pi*-0.000769113689) q[4];
ry(pi*0.004178176719) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.060534254323) q[0];
ry(pi*0.382897331286) q[1];
ry(pi*-0.007276735317) q[2];
ry(pi*-0.002725526809) q[3];
ry(pi*0.008067417463) q[4];
ry(pi*0.004298786476) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.302939513067) q[0];
ry(pi*0.004556086283) q[1];
ry(pi*-0.123543124128) q[2];
ry(pi*-0.122559633806) q[3];
ry(pi*0.003695850934) q[4];
ry(pi*0.002337101451) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
