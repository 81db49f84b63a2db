// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*4.29605e-07) q[0];
ry(pi*-0.032220255329) q[1];
ry(pi*-0.0033403719) q[2];
ry(pi*-0.44697057698) q[3];
ry(pi*-1.609976e-06) q[4];
ry(pi*-0.031701796539) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.730379e-06) q[0];
ry(pi*-5.7079372e-05) q[1];
ry(pi*-0.003361144984) q[2];
ry(pi*-0.003315496553) q[3];
ry(pi*-0.145837781758) q[4];
ry(pi*-0.372835210437) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.2390847e-05) q[0];
ry(pi*-0.438811157106) q[1];
ry(pi*-1.1698011e-05) q[2];
ry(pi*-0.432708193355) q[3];
ry(pi*-0.418510582692) q[4];
ry(pi*-0.4204606017) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000552507016) q[0];
ry(pi*-4.729379e-06) q[1];
ry(pi*0.00054445642) q[2];
ry(pi*-0.213652206651) q[3];
ry(pi*-0.339521456052) q[4];
ry(pi*0.187553921023) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.499940856886) q[0];
ry(pi*0.490478464592) q[1];
ry(pi*-0.024865400909) q[2];
ry(pi*-0.314095374875) q[3];
ry(pi*0.005597798928) q[4];
ry(pi*-0.00057885742) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
