// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.050746688106) q[0];
rx(pi*0.097088150844) q[1];
rx(pi*-0.000506333759) q[2];
rx(pi*-0.000335231369) q[3];
rx(pi*0.002068275552) q[4];
rx(pi*-0.003395831317) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.176290768327) q[0];
rx(pi*0.08999406024) q[1];
rx(pi*0.003878595254) q[2];
rx(pi*0.000234626132) q[3];
rx(pi*0.004806509655) q[4];
rx(pi*-2.8322899e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.046073890077) q[0];
rx(pi*0.099234907759) q[1];
rx(pi*-0.000180424438) q[2];
rx(pi*-0.003992217704) q[3];
rx(pi*-0.002817151544) q[4];
rx(pi*0.005623894757) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.182327858698) q[0];
rx(pi*0.099066249519) q[1];
rx(pi*-0.000817170399) q[2];
rx(pi*-0.002195419641) q[3];
rx(pi*0.002837994293) q[4];
rx(pi*-0.000333032457) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.046267744126) q[0];
rx(pi*0.097286729108) q[1];
rx(pi*-0.002819413748) q[2];
rx(pi*0.000604955473) q[3];
rx(pi*0.003594363038) q[4];
rx(pi*-0.002661335185) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
