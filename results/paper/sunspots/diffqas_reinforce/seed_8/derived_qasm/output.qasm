// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.000612882079) q[0];
ry(pi*0.002240572706) q[1];
ry(pi*0.000102999545) q[2];
ry(pi*-6.7350443e-05) q[3];
ry(pi*1.4044966e-05) q[4];
ry(pi*1.0544927e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002823682319) q[0];
ry(pi*-0.00034665804) q[1];
ry(pi*-0.000219360056) q[2];
ry(pi*4.3012507e-05) q[3];
ry(pi*0.000172013619) q[4];
ry(pi*0.000275485075) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-3.8311448e-05) q[0];
ry(pi*4.497828e-06) q[1];
ry(pi*1.2154442e-05) q[2];
ry(pi*3.03003e-07) q[3];
ry(pi*1.6381158e-05) q[4];
ry(pi*-0.000115605028) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001675779946) q[0];
ry(pi*-4.5542775e-05) q[1];
ry(pi*-0.000868343308) q[2];
ry(pi*-5.7996438e-05) q[3];
ry(pi*-2.53896e-06) q[4];
ry(pi*-4.406772e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00015740905) q[0];
ry(pi*-0.004217445563) q[1];
ry(pi*-0.056284316151) q[2];
ry(pi*0.000915430852) q[3];
ry(pi*-0.003230883434) q[4];
ry(pi*-0.00102616811) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
