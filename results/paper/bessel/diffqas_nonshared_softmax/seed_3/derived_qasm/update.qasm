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
ry(pi*-0.145424137912) q[0];
ry(pi*-0.22062897927) q[1];
ry(pi*-0.003936239797) q[2];
ry(pi*0.003740184316) q[3];
ry(pi*0.0715470711) q[4];
ry(pi*0.012463238278) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00319709386) q[0];
ry(pi*-0.254804343046) q[1];
ry(pi*-0.00716973317) q[2];
ry(pi*0.491944640589) q[3];
ry(pi*-0.006379751238) q[4];
ry(pi*-0.002534026863) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002076617632) q[0];
ry(pi*0.505178663342) q[1];
ry(pi*0.007869852462) q[2];
ry(pi*0.006718194819) q[3];
ry(pi*-0.002114266381) q[4];
ry(pi*-0.001482076641) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.225147718588) q[0];
ry(pi*-0.003564087573) q[1];
ry(pi*-0.007882237516) q[2];
ry(pi*0.071636603496) q[3];
ry(pi*0.255356393086) q[4];
ry(pi*0.485092405086) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006207236786) q[0];
ry(pi*0.188572757575) q[1];
ry(pi*0.3126323863) q[2];
ry(pi*0.004595280422) q[3];
ry(pi*-0.225060007576) q[4];
ry(pi*-0.000678575811) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
