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
rz(pi*-0.001389248323) q[0];
rz(pi*-0.003723574565) q[1];
rz(pi*0.00553658988) q[2];
rz(pi*-0.001578511857) q[3];
rz(pi*0.001047082081) q[4];
rz(pi*-0.000823069663) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005040326833) q[0];
rz(pi*0.00420281046) q[1];
rz(pi*0.002015996145) q[2];
rz(pi*-0.007013959797) q[3];
rz(pi*0.000165581561) q[4];
rz(pi*0.002176244123) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003195668532) q[0];
rz(pi*-0.001966889042) q[1];
rz(pi*0.005799585365) q[2];
rz(pi*-0.004203063331) q[3];
rz(pi*-0.002105686994) q[4];
rz(pi*0.002976372918) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000156122609) q[0];
rz(pi*0.006373806839) q[1];
rz(pi*0.000600068841) q[2];
rz(pi*-0.002015488624) q[3];
rz(pi*-0.001201811064) q[4];
rz(pi*-0.003473232716) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004066993453) q[0];
rz(pi*0.002006640209) q[1];
rz(pi*0.001849909453) q[2];
rz(pi*0.004120708562) q[3];
rz(pi*-0.002401987062) q[4];
rz(pi*0.005376596256) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
