// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.007164446889) q[0];
rz(pi*0.002665570555) q[1];
rz(pi*-0.0306288924) q[2];
rz(pi*-0.002785237603) q[3];
rz(pi*0.112312424317) q[4];
rz(pi*0.013736213598) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.007891518747) q[0];
rz(pi*0.013826249958) q[1];
rz(pi*0.024002928258) q[2];
rz(pi*-0.005978035915) q[3];
rz(pi*0.001358827301) q[4];
rz(pi*-0.004956195148) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003200772498) q[0];
rz(pi*-0.000773711319) q[1];
rz(pi*0.002695847206) q[2];
rz(pi*0.030122433873) q[3];
rz(pi*-0.065446407795) q[4];
rz(pi*0.009037458478) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.015469700194) q[0];
rz(pi*0.056165489832) q[1];
rz(pi*-0.004555026774) q[2];
rz(pi*-0.003228808587) q[3];
rz(pi*-0.011021199174) q[4];
rz(pi*0.011204070374) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.007212494779) q[0];
rz(pi*0.010944759159) q[1];
rz(pi*0.000914698252) q[2];
rz(pi*0.005527992853) q[3];
rz(pi*-0.017017066507) q[4];
rz(pi*-0.000999174485) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
