// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.092723612532) q[0];
ry(pi*0.282222373004) q[1];
ry(pi*0.006990966606) q[2];
ry(pi*-0.004943853375) q[3];
ry(pi*0.504149467671) q[4];
ry(pi*0.131514220508) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.019397801276) q[0];
ry(pi*0.187560504567) q[1];
ry(pi*-0.466116090515) q[2];
ry(pi*-0.001465420051) q[3];
ry(pi*-0.000435467248) q[4];
ry(pi*-0.023982247963) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.263807101555) q[0];
ry(pi*0.094036156704) q[1];
ry(pi*0.000729741902) q[2];
ry(pi*0.046578546193) q[3];
ry(pi*0.001021499035) q[4];
ry(pi*0.025801492564) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.167977422552) q[0];
ry(pi*0.000544631992) q[1];
ry(pi*-0.001183651847) q[2];
ry(pi*-0.003320566427) q[3];
ry(pi*0.005396379495) q[4];
ry(pi*-0.010168095503) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001375134081) q[0];
ry(pi*0.008460635959) q[1];
ry(pi*-0.052176166066) q[2];
ry(pi*-0.0429644512) q[3];
ry(pi*0.002685570499) q[4];
ry(pi*0.003707884992) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
