// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.002837941525) q[0];
ry(pi*-0.167114523014) q[1];
ry(pi*0.009069136445) q[2];
ry(pi*0.006515271796) q[3];
ry(pi*0.000634342776) q[4];
ry(pi*-0.00113542164) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003509981447) q[0];
ry(pi*-0.5009073666) q[1];
ry(pi*0.001581769537) q[2];
ry(pi*0.001168672714) q[3];
ry(pi*-0.497442070124) q[4];
ry(pi*0.498875271485) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.499429882846) q[0];
ry(pi*0.500244231122) q[1];
ry(pi*-0.501047575205) q[2];
ry(pi*0.008141034688) q[3];
ry(pi*0.499866673443) q[4];
ry(pi*0.004574114247) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026536501553) q[0];
ry(pi*0.002845787646) q[1];
ry(pi*0.003104215145) q[2];
ry(pi*-0.001414395366) q[3];
ry(pi*0.000383230864) q[4];
ry(pi*0.000350029816) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000951128299) q[0];
ry(pi*0.19499068791) q[1];
ry(pi*0.000572326497) q[2];
ry(pi*0.573109675771) q[3];
ry(pi*-0.499912208037) q[4];
ry(pi*-0.002335334762) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
