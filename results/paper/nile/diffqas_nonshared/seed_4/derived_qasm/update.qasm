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
ry(pi*0.065478808505) q[0];
ry(pi*0.167232533505) q[1];
ry(pi*-0.001828654491) q[2];
ry(pi*-0.012530579674) q[3];
ry(pi*-0.000707112824) q[4];
ry(pi*0.005479302261) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.012203228628) q[0];
ry(pi*-0.096593275179) q[1];
ry(pi*-0.000241844355) q[2];
ry(pi*-0.315352224546) q[3];
ry(pi*0.004650711973) q[4];
ry(pi*-0.005429660066) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.031364914059) q[0];
ry(pi*-0.135352502231) q[1];
ry(pi*-0.01283700615) q[2];
ry(pi*-0.004345141049) q[3];
ry(pi*-0.001022275213) q[4];
ry(pi*-0.014061820337) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.066464172386) q[0];
ry(pi*-0.189564159533) q[1];
ry(pi*0.005227361958) q[2];
ry(pi*-0.187629963796) q[3];
ry(pi*-0.473106523512) q[4];
ry(pi*0.329266230577) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.018310295236) q[0];
ry(pi*-0.034017899457) q[1];
ry(pi*-0.042765811275) q[2];
ry(pi*0.011178962314) q[3];
ry(pi*-0.010320300814) q[4];
ry(pi*-0.001859819897) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
