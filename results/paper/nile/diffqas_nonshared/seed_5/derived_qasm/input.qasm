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
rx(pi*0.065163016606) q[0];
rx(pi*0.090142891959) q[1];
rx(pi*-0.050026586954) q[2];
rx(pi*-0.016214047332) q[3];
rx(pi*-0.011698088707) q[4];
rx(pi*0.000186348975) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.226947568298) q[0];
rx(pi*0.112574694095) q[1];
rx(pi*-0.06486913823) q[2];
rx(pi*-0.021091119008) q[3];
rx(pi*-0.01961296765) q[4];
rx(pi*0.000362617937) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004433976789) q[0];
rx(pi*0.113481847567) q[1];
rx(pi*-0.058873541259) q[2];
rx(pi*-0.019380978378) q[3];
rx(pi*-0.013338703703) q[4];
rx(pi*0.001303798476) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.254617025108) q[0];
rx(pi*0.108286549552) q[1];
rx(pi*-0.058417536011) q[2];
rx(pi*-0.017028170308) q[3];
rx(pi*-0.014031116502) q[4];
rx(pi*-0.002819532327) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.072376052108) q[0];
rx(pi*0.075697065581) q[1];
rx(pi*-0.053994869944) q[2];
rx(pi*-0.026393655736) q[3];
rx(pi*-0.009383349456) q[4];
rx(pi*-0.001334806171) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
