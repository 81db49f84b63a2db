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
ry(pi*-0.166103370426) q[0];
ry(pi*-0.330144706741) q[1];
ry(pi*-0.354265519795) q[2];
ry(pi*0.002235370912) q[3];
ry(pi*-0.001384351872) q[4];
ry(pi*-0.002477015238) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.038229213858) q[0];
ry(pi*-0.110628384259) q[1];
ry(pi*-0.297165745461) q[2];
ry(pi*-0.014356359201) q[3];
ry(pi*0.003213348762) q[4];
ry(pi*-0.00057067257) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.448014647285) q[0];
ry(pi*-0.108274634667) q[1];
ry(pi*-0.198099429538) q[2];
ry(pi*0.008311064896) q[3];
ry(pi*0.00042098993) q[4];
ry(pi*-0.000187358162) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.275497691284) q[0];
ry(pi*-0.027284734547) q[1];
ry(pi*0.12574854478) q[2];
ry(pi*-0.490495350338) q[3];
ry(pi*-0.006032520903) q[4];
ry(pi*-1.5939536e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.416452570804) q[0];
ry(pi*-0.005025487773) q[1];
ry(pi*0.008230784678) q[2];
ry(pi*-0.004456904762) q[3];
ry(pi*-0.502073735237) q[4];
ry(pi*0.001339132106) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
