// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
rz(pi*-0.001551003003) q[0];
rz(pi*0.175394324972) q[1];
rz(pi*-0.037302361931) q[2];
rz(pi*-0.1143699524) q[3];
rz(pi*0.028029595135) q[4];
rz(pi*0.008304368108) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001830484472) q[0];
rz(pi*-0.152646237645) q[1];
rz(pi*0.051172180433) q[2];
rz(pi*0.020821736821) q[3];
rz(pi*0.009260556054) q[4];
rz(pi*0.02773845595) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.008793614796) q[0];
rz(pi*0.040280903078) q[1];
rz(pi*-0.099727269535) q[2];
rz(pi*-0.021114166153) q[3];
rz(pi*0.077042190703) q[4];
rz(pi*0.022814176521) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.049851781543) q[0];
rz(pi*0.032392608512) q[1];
rz(pi*0.03633039281) q[2];
rz(pi*-0.022369213413) q[3];
rz(pi*0.002991783828) q[4];
rz(pi*0.029899644012) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.025405777965) q[0];
rz(pi*0.13391712849) q[1];
rz(pi*-0.028211157216) q[2];
rz(pi*-0.056364869695) q[3];
rz(pi*-0.112536890895) q[4];
rz(pi*0.000700899546) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
