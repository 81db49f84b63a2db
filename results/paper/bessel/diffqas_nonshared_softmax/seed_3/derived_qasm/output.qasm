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
ry(pi*-0.011562827246) q[0];
ry(pi*0.337372488811) q[1];
ry(pi*0.094469380425) q[2];
ry(pi*0.089749416145) q[3];
ry(pi*-0.012594687403) q[4];
ry(pi*-0.006730213462) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.127234755998) q[0];
ry(pi*0.041140188307) q[1];
ry(pi*-0.831478390981) q[2];
ry(pi*0.082117201498) q[3];
ry(pi*-0.003304980611) q[4];
ry(pi*-0.006320907261) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.009275553418) q[0];
ry(pi*-0.034853549386) q[1];
ry(pi*0.020101019054) q[2];
ry(pi*-0.046432138242) q[3];
ry(pi*-0.000499204527) q[4];
ry(pi*0.001467215051) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.37514521836) q[0];
ry(pi*0.200759484656) q[1];
ry(pi*-0.020800430425) q[2];
ry(pi*0.005252534051) q[3];
ry(pi*-0.189274521566) q[4];
ry(pi*-0.119519706334) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.260220019012) q[0];
ry(pi*-0.390597307101) q[1];
ry(pi*-0.022434961098) q[2];
ry(pi*-0.476902742652) q[3];
ry(pi*-0.454101787765) q[4];
ry(pi*-0.003540628363) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
