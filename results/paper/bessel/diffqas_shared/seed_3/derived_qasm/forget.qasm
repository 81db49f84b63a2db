// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.224207998395) q[0];
ry(pi*0.087230252651) q[1];
ry(pi*-0.255381664786) q[2];
ry(pi*0.239602561765) q[3];
ry(pi*-0.13097671308) q[4];
ry(pi*-0.034201553283) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.239369993824) q[0];
ry(pi*-0.090900151238) q[1];
ry(pi*-0.254199738496) q[2];
ry(pi*0.117250594169) q[3];
ry(pi*0.063603086777) q[4];
ry(pi*0.02139265763) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.18097373575) q[0];
ry(pi*-0.01319549859) q[1];
ry(pi*0.073835212931) q[2];
ry(pi*-0.077008912504) q[3];
ry(pi*0.306923600355) q[4];
ry(pi*-0.148509950975) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.102640999775) q[0];
ry(pi*-0.167547234471) q[1];
ry(pi*0.257894662136) q[2];
ry(pi*0.166670902227) q[3];
ry(pi*-0.064610553909) q[4];
ry(pi*0.239490281044) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.504571876926) q[0];
ry(pi*0.328639978121) q[1];
ry(pi*0.152538387061) q[2];
ry(pi*0.272941151477) q[3];
ry(pi*0.206695886655) q[4];
ry(pi*0.003190317328) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
