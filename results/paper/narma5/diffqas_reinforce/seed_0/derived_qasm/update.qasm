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
rz(pi*-0.00138927026) q[0];
rz(pi*-0.003723560039) q[1];
rz(pi*0.005536586322) q[2];
rz(pi*-0.001578479247) q[3];
rz(pi*0.001047127215) q[4];
rz(pi*-0.000823062993) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005040338098) q[0];
rz(pi*0.004202771921) q[1];
rz(pi*0.002015973022) q[2];
rz(pi*-0.007013958611) q[3];
rz(pi*0.000165595846) q[4];
rz(pi*0.002176213737) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00319565875) q[0];
rz(pi*-0.001966804257) q[1];
rz(pi*0.005799606709) q[2];
rz(pi*-0.00420307845) q[3];
rz(pi*-0.002105702409) q[4];
rz(pi*0.002976356316) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000156082125) q[0];
rz(pi*0.00637379676) q[1];
rz(pi*0.000600117348) q[2];
rz(pi*-0.002015476915) q[3];
rz(pi*-0.001201822625) q[4];
rz(pi*-0.00347321493) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00406702369) q[0];
rz(pi*0.002006680971) q[1];
rz(pi*0.001849903079) q[2];
rz(pi*0.004120710637) q[3];
rz(pi*-0.002401984543) q[4];
rz(pi*0.005376596256) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
