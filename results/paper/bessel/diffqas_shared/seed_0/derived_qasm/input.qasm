// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.135648382231) q[0];
ry(pi*0.229256153265) q[1];
ry(pi*0.018536776483) q[2];
ry(pi*-0.073402027156) q[3];
ry(pi*0.060484071406) q[4];
ry(pi*-0.007987856431) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.351133688333) q[0];
ry(pi*0.140856335068) q[1];
ry(pi*0.026938313518) q[2];
ry(pi*0.022949449841) q[3];
ry(pi*-0.002544262363) q[4];
ry(pi*-0.00177274299) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.014949525557) q[0];
ry(pi*-0.106443185845) q[1];
ry(pi*0.026287837607) q[2];
ry(pi*0.040380182723) q[3];
ry(pi*0.139198515348) q[4];
ry(pi*0.004172023323) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.046663795491) q[0];
ry(pi*0.401084265716) q[1];
ry(pi*0.376186708372) q[2];
ry(pi*0.249409821694) q[3];
ry(pi*-0.150859023785) q[4];
ry(pi*0.00667514684) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.179876105377) q[0];
ry(pi*-0.028358841084) q[1];
ry(pi*-0.037422170089) q[2];
ry(pi*-0.306929861362) q[3];
ry(pi*-0.331322610809) q[4];
ry(pi*-0.00210624417) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
