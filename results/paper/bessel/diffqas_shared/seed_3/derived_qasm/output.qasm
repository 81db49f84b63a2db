// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002810252578) q[0];
rz(pi*-0.003110492457) q[1];
rz(pi*0.002913269855) q[2];
rz(pi*-0.004105114742) q[3];
rz(pi*0.005910239766) q[4];
rz(pi*0.004392647623) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001738762057) q[0];
rz(pi*-0.000434819877) q[1];
rz(pi*-0.001527927695) q[2];
rz(pi*0.004986782774) q[3];
rz(pi*-0.002348161081) q[4];
rz(pi*0.003637139766) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.009408599218) q[0];
rz(pi*0.005414367439) q[1];
rz(pi*-0.001765835872) q[2];
rz(pi*0.001346719723) q[3];
rz(pi*-0.002061587806) q[4];
rz(pi*0.000788561867) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000537161991) q[0];
rz(pi*-0.003584468158) q[1];
rz(pi*-0.002137635174) q[2];
rz(pi*0.003134007992) q[3];
rz(pi*0.00030424852) q[4];
rz(pi*-0.006996461588) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003208299046) q[0];
rz(pi*-0.001761432564) q[1];
rz(pi*-0.007847589128) q[2];
rz(pi*-0.000423231531) q[3];
rz(pi*0.00063302002) q[4];
rz(pi*-0.002314221059) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
