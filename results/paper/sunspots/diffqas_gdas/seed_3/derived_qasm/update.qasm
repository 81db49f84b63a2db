// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*3.906316e-06) q[0];
rx(pi*-0.040369154814) q[1];
rx(pi*-0.326434927438) q[2];
rx(pi*0.058786641331) q[3];
rx(pi*2.2453784e-05) q[4];
rx(pi*0.000794329508) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.115089228238) q[0];
rx(pi*-0.001989939893) q[1];
rx(pi*0.058463227131) q[2];
rx(pi*0.000451950638) q[3];
rx(pi*0.253603766545) q[4];
rx(pi*0.000743889717) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001378571854) q[0];
rx(pi*-0.00399918337) q[1];
rx(pi*-0.374935341825) q[2];
rx(pi*0.000284707683) q[3];
rx(pi*-0.002777690304) q[4];
rx(pi*0.006877891401) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.289613301732) q[0];
rx(pi*8.8557977e-05) q[1];
rx(pi*-0.219124440378) q[2];
rx(pi*0.301605709931) q[3];
rx(pi*0.268448613524) q[4];
rx(pi*0.000734431802) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-3.2741e-08) q[0];
rx(pi*0.000906525444) q[1];
rx(pi*-0.31961980263) q[2];
rx(pi*0.058860729911) q[3];
rx(pi*0.002801107121) q[4];
rx(pi*0.001015701008) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
