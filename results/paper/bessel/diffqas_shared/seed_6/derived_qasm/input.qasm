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
ry(pi*-0.07696507597) q[0];
ry(pi*0.225810038238) q[1];
ry(pi*-0.245008068338) q[2];
ry(pi*0.013414544891) q[3];
ry(pi*0.359188796039) q[4];
ry(pi*-0.043329984901) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.055270682876) q[0];
ry(pi*-0.489142365754) q[1];
ry(pi*0.293123848211) q[2];
ry(pi*-0.478711376745) q[3];
ry(pi*-0.067419175127) q[4];
ry(pi*0.011717836966) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.024160288227) q[0];
ry(pi*-0.043943587277) q[1];
ry(pi*-0.000543064146) q[2];
ry(pi*0.44257584354) q[3];
ry(pi*-0.053474547081) q[4];
ry(pi*0.244794283417) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.239999945966) q[0];
ry(pi*0.448819585079) q[1];
ry(pi*-0.282155190504) q[2];
ry(pi*0.011180700692) q[3];
ry(pi*0.466823015094) q[4];
ry(pi*-0.054819667461) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00719170717) q[0];
ry(pi*0.027289105394) q[1];
ry(pi*0.006488728922) q[2];
ry(pi*-0.053039682218) q[3];
ry(pi*0.073336514258) q[4];
ry(pi*0.000929438224) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
