// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.055731801279) q[0];
ry(pi*-0.398394157766) q[1];
ry(pi*-0.058797987034) q[2];
ry(pi*-0.000360284549) q[3];
ry(pi*0.000106836561) q[4];
ry(pi*0.203368465137) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002722683269) q[0];
ry(pi*-0.008088987105) q[1];
ry(pi*0.005208457394) q[2];
ry(pi*0.039376526742) q[3];
ry(pi*0.019542285864) q[4];
ry(pi*-0.005890788549) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.121460808151) q[0];
ry(pi*-0.095846375021) q[1];
ry(pi*-0.013260707923) q[2];
ry(pi*-0.010571064806) q[3];
ry(pi*-0.252356308384) q[4];
ry(pi*-0.011961354554) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.006513827496) q[0];
ry(pi*0.013089596269) q[1];
ry(pi*-0.421678462374) q[2];
ry(pi*-0.117313365505) q[3];
ry(pi*-0.389993518378) q[4];
ry(pi*0.004156758562) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.252407838367) q[0];
ry(pi*0.008421639848) q[1];
ry(pi*-0.01661238017) q[2];
ry(pi*-0.451968643796) q[3];
ry(pi*-0.225516321131) q[4];
ry(pi*0.001543076545) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
