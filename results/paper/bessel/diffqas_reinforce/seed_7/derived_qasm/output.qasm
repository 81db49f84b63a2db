// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001586835409) q[0];
rz(pi*0.001304988127) q[1];
rz(pi*-0.003674076445) q[2];
rz(pi*0.000195967528) q[3];
rz(pi*-0.005491479207) q[4];
rz(pi*-0.001639537403) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001719484264) q[0];
rz(pi*0.001732679068) q[1];
rz(pi*0.000449105467) q[2];
rz(pi*-0.000683442098) q[3];
rz(pi*0.002537407569) q[4];
rz(pi*0.000479288144) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001580516594) q[0];
rz(pi*0.002306780777) q[1];
rz(pi*-0.00034580749) q[2];
rz(pi*-0.001070081572) q[3];
rz(pi*0.000903729558) q[4];
rz(pi*-0.001464138205) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001093478676) q[0];
rz(pi*0.003383374522) q[1];
rz(pi*0.002576155552) q[2];
rz(pi*-0.001354475427) q[3];
rz(pi*-0.00422756782) q[4];
rz(pi*-0.000321643287) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000544255909) q[0];
rz(pi*0.00336966523) q[1];
rz(pi*-0.001362482371) q[2];
rz(pi*-0.000810929625) q[3];
rz(pi*0.002190051243) q[4];
rz(pi*-0.001664845566) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
