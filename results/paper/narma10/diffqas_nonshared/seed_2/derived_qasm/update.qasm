// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.01450812221) q[0];
ry(pi*-0.122330680173) q[1];
ry(pi*-0.002482477462) q[2];
ry(pi*-0.023323563966) q[3];
ry(pi*-0.499585155813) q[4];
ry(pi*-0.003721251886) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.023162373873) q[0];
ry(pi*0.492295067239) q[1];
ry(pi*-0.017121875523) q[2];
ry(pi*0.044146334802) q[3];
ry(pi*0.044120588783) q[4];
ry(pi*-0.010654176113) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001065182082) q[0];
ry(pi*0.009117001723) q[1];
ry(pi*0.042167965766) q[2];
ry(pi*-0.002422635045) q[3];
ry(pi*0.00061398361) q[4];
ry(pi*0.011417697584) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.016731961842) q[0];
ry(pi*0.046287912157) q[1];
ry(pi*0.039636076302) q[2];
ry(pi*4.9697334e-05) q[3];
ry(pi*0.00121341453) q[4];
ry(pi*-9.562219e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.030319183638) q[0];
ry(pi*0.052197263761) q[1];
ry(pi*-0.016359388066) q[2];
ry(pi*-0.001231637187) q[3];
ry(pi*-0.000844814507) q[4];
ry(pi*-0.002661392104) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
