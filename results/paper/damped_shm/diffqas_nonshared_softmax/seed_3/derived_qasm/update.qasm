// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.136843978386) q[0];
ry(pi*-0.228090296892) q[1];
ry(pi*-0.003234278963) q[2];
ry(pi*-0.010130650413) q[3];
ry(pi*0.078795851259) q[4];
ry(pi*0.005296869212) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000977912483) q[0];
ry(pi*-0.244274392185) q[1];
ry(pi*0.00549601488) q[2];
ry(pi*0.497217812246) q[3];
ry(pi*0.01287258361) q[4];
ry(pi*0.001563382573) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002881743374) q[0];
ry(pi*0.494166235507) q[1];
ry(pi*-0.020007220161) q[2];
ry(pi*0.023697986399) q[3];
ry(pi*0.005065940042) q[4];
ry(pi*0.008351776262) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.222182847306) q[0];
ry(pi*0.005218917307) q[1];
ry(pi*0.021874314032) q[2];
ry(pi*0.098479934697) q[3];
ry(pi*0.245992127843) q[4];
ry(pi*0.489787173557) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.01174866531) q[0];
ry(pi*0.154781829098) q[1];
ry(pi*0.044920792877) q[2];
ry(pi*0.002410906477) q[3];
ry(pi*-0.220731413135) q[4];
ry(pi*-0.000679137804) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
