// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*0.012428251345) q[0];
ry(pi*0.068828855024) q[1];
ry(pi*0.068509643287) q[2];
ry(pi*0.010565621999) q[3];
ry(pi*0.00513537852) q[4];
ry(pi*0.011134338411) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003413983493) q[0];
ry(pi*0.019074905269) q[1];
ry(pi*-0.088909919491) q[2];
ry(pi*0.013436534305) q[3];
ry(pi*-0.003688083372) q[4];
ry(pi*-0.233082880584) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.038629379938) q[0];
ry(pi*-0.037797925357) q[1];
ry(pi*-0.01391935516) q[2];
ry(pi*0.005892213877) q[3];
ry(pi*0.004974368076) q[4];
ry(pi*0.211560385327) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.280331890478) q[0];
ry(pi*-0.015942394345) q[1];
ry(pi*-0.007839311081) q[2];
ry(pi*0.159664266504) q[3];
ry(pi*0.420206746336) q[4];
ry(pi*-0.232283767424) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.043996350488) q[0];
ry(pi*-0.481608894773) q[1];
ry(pi*-0.104797119742) q[2];
ry(pi*-0.006614248471) q[3];
ry(pi*-0.011909743938) q[4];
ry(pi*0.00641549293) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
