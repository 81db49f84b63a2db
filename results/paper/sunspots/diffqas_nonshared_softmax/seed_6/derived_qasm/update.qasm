// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.294704069393) q[0];
ry(pi*0.005048354084) q[1];
ry(pi*-0.003745959146) q[2];
ry(pi*-0.136833628752) q[3];
ry(pi*0.052871896724) q[4];
ry(pi*-0.189279112971) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003534726949) q[0];
ry(pi*0.138250674818) q[1];
ry(pi*-0.04618618977) q[2];
ry(pi*-0.072576081787) q[3];
ry(pi*-0.037848663228) q[4];
ry(pi*-0.228235362521) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003555932256) q[0];
ry(pi*-0.079396647031) q[1];
ry(pi*-0.016123062335) q[2];
ry(pi*-0.121611745845) q[3];
ry(pi*0.11899900876) q[4];
ry(pi*0.049267017743) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.102950302995) q[0];
ry(pi*0.277255364576) q[1];
ry(pi*0.053875061785) q[2];
ry(pi*0.009097229748) q[3];
ry(pi*0.216382157372) q[4];
ry(pi*0.064744539453) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.22699363413) q[0];
ry(pi*-0.006973728678) q[1];
ry(pi*0.01370979049) q[2];
ry(pi*0.116233474651) q[3];
ry(pi*0.004579994613) q[4];
ry(pi*0.000604202862) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
