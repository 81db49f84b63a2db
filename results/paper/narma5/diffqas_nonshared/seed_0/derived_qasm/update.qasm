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
rz(pi*-0.001389237058) q[0];
rz(pi*-0.003723571897) q[1];
rz(pi*0.005536582172) q[2];
rz(pi*-0.001578509633) q[3];
rz(pi*0.001047103648) q[4];
rz(pi*-0.000823063438) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005040339284) q[0];
rz(pi*0.004202800084) q[1];
rz(pi*0.002015990216) q[2];
rz(pi*-0.007013952682) q[3];
rz(pi*0.000165597514) q[4];
rz(pi*0.002176248125) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00319566794) q[0];
rz(pi*-0.001966873182) q[1];
rz(pi*0.005799574693) q[2];
rz(pi*-0.004203076078) q[3];
rz(pi*-0.002105683436) q[4];
rz(pi*0.002976362245) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000156121683) q[0];
rz(pi*0.006373811582) q[1];
rz(pi*0.000600078328) q[2];
rz(pi*-0.002015494701) q[3];
rz(pi*-0.00120181929) q[4];
rz(pi*-0.003473224416) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004066992267) q[0];
rz(pi*0.002006654142) q[1];
rz(pi*0.001849916716) q[2];
rz(pi*0.004120707376) q[3];
rz(pi*-0.002401986321) q[4];
rz(pi*0.005376596256) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
