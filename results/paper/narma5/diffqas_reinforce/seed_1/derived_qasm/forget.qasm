// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*-0.002005628873) q[0];
rz(pi*-0.002505612208) q[1];
rz(pi*-0.001327805079) q[2];
rz(pi*0.004888391884) q[3];
rz(pi*-0.003024573183) q[4];
rz(pi*-0.006102649515) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001860502472) q[0];
rz(pi*0.006919101988) q[1];
rz(pi*-0.001210421801) q[2];
rz(pi*0.002580514838) q[3];
rz(pi*-0.001834326898) q[4];
rz(pi*0.007156860161) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001555623312) q[0];
rz(pi*0.001088844804) q[1];
rz(pi*0.001243759513) q[2];
rz(pi*-0.003462539794) q[3];
rz(pi*8.5326848e-05) q[4];
rz(pi*0.000798479574) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006984355789) q[0];
rz(pi*-0.00492510504) q[1];
rz(pi*0.001334266041) q[2];
rz(pi*0.005107321977) q[3];
rz(pi*0.001911524637) q[4];
rz(pi*0.005602851608) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003282716092) q[0];
rz(pi*0.002962506804) q[1];
rz(pi*0.00352697836) q[2];
rz(pi*0.00152162978) q[3];
rz(pi*0.000839707133) q[4];
rz(pi*-0.00065950101) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
