// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.086461078487) q[0];
rx(pi*-0.096820521265) q[1];
rx(pi*0.04540813636) q[2];
rx(pi*-0.003601216943) q[3];
rx(pi*0.000633625444) q[4];
rx(pi*-0.001495097579) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.118661711252) q[0];
rx(pi*-0.104889962883) q[1];
rx(pi*0.043580116863) q[2];
rx(pi*0.000726078531) q[3];
rx(pi*0.003895697704) q[4];
rx(pi*-0.0009447164) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.104633195202) q[0];
rx(pi*-0.095131624183) q[1];
rx(pi*0.049359875114) q[2];
rx(pi*0.002767426344) q[3];
rx(pi*-0.001093349276) q[4];
rx(pi*-0.004710333536) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.117554755774) q[0];
rx(pi*-0.10868951174) q[1];
rx(pi*0.051305729604) q[2];
rx(pi*0.00053348239) q[3];
rx(pi*-0.005190181302) q[4];
rx(pi*-0.003800271601) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.089101819348) q[0];
rx(pi*-0.095522680973) q[1];
rx(pi*0.04651135895) q[2];
rx(pi*-8.5465475e-05) q[3];
rx(pi*0.001419881454) q[4];
rx(pi*0.001491223432) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
