// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
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
rz(pi*0.046529155387) q[0];
rz(pi*-0.006774118179) q[1];
rz(pi*0.007935820113) q[2];
rz(pi*-0.006515044716) q[3];
rz(pi*-0.034044013072) q[4];
rz(pi*-0.004663613145) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.03178253981) q[0];
rz(pi*-0.019251630484) q[1];
rz(pi*-0.010666619864) q[2];
rz(pi*-0.026570114147) q[3];
rz(pi*-0.007782570115) q[4];
rz(pi*-0.001077830828) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.034724069869) q[0];
rz(pi*-0.005114461066) q[1];
rz(pi*-0.02727372561) q[2];
rz(pi*0.000722820481) q[3];
rz(pi*0.044113734878) q[4];
rz(pi*-0.000383061147) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.050326972982) q[0];
rz(pi*-0.004018204439) q[1];
rz(pi*-0.004978600777) q[2];
rz(pi*-0.002278608618) q[3];
rz(pi*0.005712627926) q[4];
rz(pi*0.006592174271) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.084036304413) q[0];
rz(pi*0.02365652383) q[1];
rz(pi*0.07019449443) q[2];
rz(pi*0.007194132124) q[3];
rz(pi*0.046824499407) q[4];
rz(pi*0.002119803311) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
