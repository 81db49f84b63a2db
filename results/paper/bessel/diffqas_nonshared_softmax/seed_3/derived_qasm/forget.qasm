// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.257172787032) q[0];
ry(pi*-0.232503054442) q[1];
ry(pi*0.025218953319) q[2];
ry(pi*-0.107644284097) q[3];
ry(pi*-0.493838006972) q[4];
ry(pi*-0.049526526986) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.242604638606) q[0];
ry(pi*0.2727847022) q[1];
ry(pi*-0.119971769993) q[2];
ry(pi*-0.222778819257) q[3];
ry(pi*0.147878585363) q[4];
ry(pi*0.047015061685) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.160777226856) q[0];
ry(pi*-0.010969972755) q[1];
ry(pi*0.121715839825) q[2];
ry(pi*-0.320589234146) q[3];
ry(pi*0.083281084705) q[4];
ry(pi*0.017117390839) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.075529872985) q[0];
ry(pi*0.634030106144) q[1];
ry(pi*0.151513963036) q[2];
ry(pi*0.227321540128) q[3];
ry(pi*-0.073471548046) q[4];
ry(pi*-0.000126405246) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.018368417063) q[0];
ry(pi*0.22057670935) q[1];
ry(pi*0.053368679149) q[2];
ry(pi*0.230997813558) q[3];
ry(pi*-0.02674193135) q[4];
ry(pi*-0.002097241305) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
