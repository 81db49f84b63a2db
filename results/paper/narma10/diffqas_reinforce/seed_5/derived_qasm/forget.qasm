// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*1.72109e-06) q[0];
rx(pi*-0.000877327423) q[1];
rx(pi*0.004781318293) q[2];
rx(pi*0.000287105957) q[3];
rx(pi*-0.000716671902) q[4];
rx(pi*0.000181937033) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-2.229322e-06) q[0];
rx(pi*-2.4356258e-05) q[1];
rx(pi*0.004757103731) q[2];
rx(pi*-0.000552403666) q[3];
rx(pi*0.000427726293) q[4];
rx(pi*-0.007140293395) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-8.03231e-07) q[0];
rx(pi*-0.006188692704) q[1];
rx(pi*0.000356476437) q[2];
rx(pi*-0.003488324055) q[3];
rx(pi*-0.002939528731) q[4];
rx(pi*-0.001174815438) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*7.696778e-06) q[0];
rx(pi*0.003987125892) q[1];
rx(pi*0.001270249767) q[2];
rx(pi*-0.007605241329) q[3];
rx(pi*0.003040386672) q[4];
rx(pi*-0.001884491732) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*3.685263e-06) q[0];
rx(pi*0.00296265236) q[1];
rx(pi*-0.000941282851) q[2];
rx(pi*-0.003532088255) q[3];
rx(pi*-0.001311287672) q[4];
rx(pi*-0.000711207455) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
