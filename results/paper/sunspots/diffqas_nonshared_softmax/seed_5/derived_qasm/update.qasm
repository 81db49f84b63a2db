// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.093465295185) q[0];
ry(pi*-0.088173539721) q[1];
ry(pi*0.005260620592) q[2];
ry(pi*-0.057908222085) q[3];
ry(pi*0.028082306171) q[4];
ry(pi*0.5128753379) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.168614489474) q[0];
ry(pi*0.163047999137) q[1];
ry(pi*-0.146456568437) q[2];
ry(pi*0.154792083869) q[3];
ry(pi*-0.031902744024) q[4];
ry(pi*0.208191963701) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.371911920643) q[0];
ry(pi*-0.025166107102) q[1];
ry(pi*-0.157285102916) q[2];
ry(pi*0.235038439634) q[3];
ry(pi*-0.226514420469) q[4];
ry(pi*-0.116508086202) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.074440936874) q[0];
ry(pi*-0.222450173321) q[1];
ry(pi*-0.290256572743) q[2];
ry(pi*-0.256238929418) q[3];
ry(pi*0.117914763661) q[4];
ry(pi*0.23091814699) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.118843470174) q[0];
ry(pi*0.048893230898) q[1];
ry(pi*-0.465419904511) q[2];
ry(pi*-0.008657625848) q[3];
ry(pi*0.264113169921) q[4];
ry(pi*0.003938417513) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
