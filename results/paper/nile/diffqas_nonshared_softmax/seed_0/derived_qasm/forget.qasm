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
ry(pi*-0.001709594274) q[0];
ry(pi*-0.026398640825) q[1];
ry(pi*0.005508867731) q[2];
ry(pi*0.002870272273) q[3];
ry(pi*-0.060075559689) q[4];
ry(pi*-0.000754939786) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001702078991) q[0];
ry(pi*-0.003059701818) q[1];
ry(pi*-0.06614156927) q[2];
ry(pi*-0.004981548668) q[3];
ry(pi*0.002476334146) q[4];
ry(pi*-0.035292196941) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000715089679) q[0];
ry(pi*-0.003300710854) q[1];
ry(pi*-0.124807591358) q[2];
ry(pi*0.00491223707) q[3];
ry(pi*-0.020992548469) q[4];
ry(pi*-0.374320321236) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002665953271) q[0];
ry(pi*-0.002719644368) q[1];
ry(pi*0.003293067208) q[2];
ry(pi*-0.034523252821) q[3];
ry(pi*-0.195616371183) q[4];
ry(pi*-0.164420601542) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.119331847673) q[0];
ry(pi*-0.401869016506) q[1];
ry(pi*-0.220107627136) q[2];
ry(pi*0.000484774122) q[3];
ry(pi*0.003348231954) q[4];
ry(pi*-0.002767377133) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
