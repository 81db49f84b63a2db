// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.072981723876) q[0];
ry(pi*0.508210925824) q[1];
ry(pi*-0.003039620351) q[2];
ry(pi*0.042853944431) q[3];
ry(pi*-0.485404772404) q[4];
ry(pi*0.005740757989) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.030253189307) q[0];
ry(pi*0.010365790348) q[1];
ry(pi*0.008552981065) q[2];
ry(pi*-0.461932182248) q[3];
ry(pi*0.503370522542) q[4];
ry(pi*-0.004610520578) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.123198417762) q[0];
ry(pi*-0.007471381479) q[1];
ry(pi*-0.589926474254) q[2];
ry(pi*0.460842805021) q[3];
ry(pi*0.009117526438) q[4];
ry(pi*-0.000396558293) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.025759593622) q[0];
ry(pi*-0.009241130332) q[1];
ry(pi*-0.48682992932) q[2];
ry(pi*0.019629146661) q[3];
ry(pi*-0.00309605716) q[4];
ry(pi*0.055393559876) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000299403595) q[0];
ry(pi*0.458069482599) q[1];
ry(pi*-0.030600509169) q[2];
ry(pi*-0.499305080111) q[3];
ry(pi*0.51083637465) q[4];
ry(pi*0.002368905409) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
