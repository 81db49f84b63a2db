// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.012865783065) q[0];
ry(pi*0.508275015766) q[1];
ry(pi*0.000200839912) q[2];
ry(pi*-0.010773094924) q[3];
ry(pi*0.001086353297) q[4];
ry(pi*0.004514925203) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003008097427) q[0];
ry(pi*-0.004073369482) q[1];
ry(pi*-0.009656524413) q[2];
ry(pi*0.503952910005) q[3];
ry(pi*0.009122806791) q[4];
ry(pi*-0.001657432558) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009947904908) q[0];
ry(pi*0.012484383405) q[1];
ry(pi*-0.011806661442) q[2];
ry(pi*-0.010940263804) q[3];
ry(pi*-0.001828986366) q[4];
ry(pi*-0.000745746008) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.277108781127) q[0];
ry(pi*0.112477401845) q[1];
ry(pi*0.060759309056) q[2];
ry(pi*-0.093027015227) q[3];
ry(pi*0.504711554294) q[4];
ry(pi*0.498592008362) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.263434230144) q[0];
ry(pi*-0.197001154092) q[1];
ry(pi*-0.187156992169) q[2];
ry(pi*0.001270535248) q[3];
ry(pi*0.305036874433) q[4];
ry(pi*0.000157929559) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
