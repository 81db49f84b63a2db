// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
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
ry(pi*-0.000378311624) q[0];
ry(pi*-0.00203284439) q[1];
ry(pi*0.003493466855) q[2];
ry(pi*0.035775373535) q[3];
ry(pi*0.008139286231) q[4];
ry(pi*0.091293873698) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*9.559219e-06) q[0];
ry(pi*-0.009218675492) q[1];
ry(pi*0.003601747884) q[2];
ry(pi*-0.005997495432) q[3];
ry(pi*0.017098456037) q[4];
ry(pi*0.10852634611) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*3.296777e-06) q[0];
ry(pi*-0.000259314198) q[1];
ry(pi*-0.001040677222) q[2];
ry(pi*0.08257715782) q[3];
ry(pi*-0.026000573606) q[4];
ry(pi*0.099115578663) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.006447337501) q[0];
ry(pi*-0.009012118595) q[1];
ry(pi*-0.001106804808) q[2];
ry(pi*-0.012132061852) q[3];
ry(pi*-0.039992626406) q[4];
ry(pi*0.098397773213) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.197838952685) q[0];
ry(pi*0.000619156278) q[1];
ry(pi*0.007574905091) q[2];
ry(pi*0.074948832587) q[3];
ry(pi*0.045242855269) q[4];
ry(pi*0.000145353009) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
