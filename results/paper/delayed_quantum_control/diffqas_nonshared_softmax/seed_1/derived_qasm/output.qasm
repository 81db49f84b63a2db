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
ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.07604536254) q[0];
ry(pi*0.012020344384) q[1];
ry(pi*0.141503267819) q[2];
ry(pi*0.080190670751) q[3];
ry(pi*-0.090704390427) q[4];
ry(pi*-0.029311059575) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.317921438147) q[0];
ry(pi*-0.222707121243) q[1];
ry(pi*-0.482015366919) q[2];
ry(pi*-0.463735238352) q[3];
ry(pi*-0.230832769626) q[4];
ry(pi*-0.204794893227) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.185492038695) q[0];
ry(pi*0.172021919069) q[1];
ry(pi*0.071979303495) q[2];
ry(pi*0.011993141022) q[3];
ry(pi*-0.170097342515) q[4];
ry(pi*-0.064243312661) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.456519940349) q[0];
ry(pi*0.421328301343) q[1];
ry(pi*0.093009512867) q[2];
ry(pi*0.349209168697) q[3];
ry(pi*-0.164287071343) q[4];
ry(pi*0.064304200952) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.221142286959) q[0];
ry(pi*-0.101734149868) q[1];
ry(pi*0.775341445647) q[2];
ry(pi*-0.004300718731) q[3];
ry(pi*-0.013659196101) q[4];
ry(pi*3.7005314e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
