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
rx(pi*0.153209168556) q[0];
rx(pi*-0.101206593645) q[1];
rx(pi*0.090871824926) q[2];
rx(pi*-0.111514202876) q[3];
rx(pi*0.055797100733) q[4];
rx(pi*-0.000572841874) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.027023173876) q[0];
rx(pi*-0.055536377235) q[1];
rx(pi*-0.208007074275) q[2];
rx(pi*-0.100394645421) q[3];
rx(pi*0.073905160709) q[4];
rx(pi*-0.001197552201) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.178325500654) q[0];
rx(pi*-0.248137110806) q[1];
rx(pi*0.075808516244) q[2];
rx(pi*-0.052304085074) q[3];
rx(pi*0.057207392501) q[4];
rx(pi*0.000559315935) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005246458029) q[0];
rx(pi*0.024245333569) q[1];
rx(pi*-0.09889418567) q[2];
rx(pi*-0.040637752003) q[3];
rx(pi*0.072946804534) q[4];
rx(pi*0.00810035356) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.184094733773) q[0];
rx(pi*-0.094283248284) q[1];
rx(pi*0.099858257385) q[2];
rx(pi*-0.120857142751) q[3];
rx(pi*0.059854256816) q[4];
rx(pi*0.00141155894) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
