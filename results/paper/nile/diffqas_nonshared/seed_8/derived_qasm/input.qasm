// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.102345916631) q[0];
rx(pi*-0.02513657602) q[1];
rx(pi*-0.000261459489) q[2];
rx(pi*0.004638857563) q[3];
rx(pi*-0.001649433766) q[4];
rx(pi*0.004939065721) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.086737369125) q[0];
rx(pi*-0.020743009404) q[1];
rx(pi*-0.00784799645) q[2];
rx(pi*-0.003932486454) q[3];
rx(pi*0.003779642888) q[4];
rx(pi*-0.002600521304) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.100364383889) q[0];
rx(pi*-0.02225840308) q[1];
rx(pi*-9.96349e-07) q[2];
rx(pi*-8.4868352e-05) q[3];
rx(pi*0.002775989278) q[4];
rx(pi*0.00314761916) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.078723237811) q[0];
rx(pi*-0.01849740566) q[1];
rx(pi*-0.003611609562) q[2];
rx(pi*0.000228179196) q[3];
rx(pi*-0.003662965826) q[4];
rx(pi*-0.003820703175) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.11184732638) q[0];
rx(pi*-0.017897717422) q[1];
rx(pi*0.002046058019) q[2];
rx(pi*0.008079089853) q[3];
rx(pi*0.002501439983) q[4];
rx(pi*-0.000363418017) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
