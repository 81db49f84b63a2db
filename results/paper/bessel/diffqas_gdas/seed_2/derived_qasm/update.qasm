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
ry(pi*0.001065163184) q[0];
ry(pi*0.027861937707) q[1];
ry(pi*0.024940260256) q[2];
ry(pi*0.020540672165) q[3];
ry(pi*0.002324699203) q[4];
ry(pi*0.239379043825) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008434462461) q[0];
ry(pi*-0.000721982864) q[1];
ry(pi*-0.000110162629) q[2];
ry(pi*0.000354225646) q[3];
ry(pi*-0.845797806685) q[4];
ry(pi*-0.056127724578) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000878444147) q[0];
ry(pi*0.009773457607) q[1];
ry(pi*0.000486906295) q[2];
ry(pi*0.002455680383) q[3];
ry(pi*0.011240956953) q[4];
ry(pi*0.00356685789) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000265906598) q[0];
ry(pi*-0.002647316993) q[1];
ry(pi*-0.49113662921) q[2];
ry(pi*-0.160866512607) q[3];
ry(pi*-0.496121263321) q[4];
ry(pi*0.299601903183) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.49307458155) q[0];
ry(pi*-0.320752513613) q[1];
ry(pi*0.412718620221) q[2];
ry(pi*0.005206248848) q[3];
ry(pi*-0.001321103401) q[4];
ry(pi*-0.001710669792) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
