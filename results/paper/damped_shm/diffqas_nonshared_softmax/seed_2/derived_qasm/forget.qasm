// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.141478508384) q[0];
ry(pi*0.039604780755) q[1];
ry(pi*0.008388502165) q[2];
ry(pi*0.358335325957) q[3];
ry(pi*-0.070606392783) q[4];
ry(pi*0.001231539359) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.153436841528) q[0];
ry(pi*0.004381390262) q[1];
ry(pi*0.033237695011) q[2];
ry(pi*0.007832119817) q[3];
ry(pi*0.02414481358) q[4];
ry(pi*0.179171723147) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.01292696069) q[0];
ry(pi*-0.051989768306) q[1];
ry(pi*0.045889380105) q[2];
ry(pi*0.053915393104) q[3];
ry(pi*0.298048148984) q[4];
ry(pi*0.006483889093) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.25909180457) q[0];
ry(pi*-0.124340785873) q[1];
ry(pi*0.10159261317) q[2];
ry(pi*-0.153022353395) q[3];
ry(pi*0.112234180706) q[4];
ry(pi*0.047675009741) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.057544310555) q[0];
ry(pi*0.639454376764) q[1];
ry(pi*0.087928791276) q[2];
ry(pi*0.150682710041) q[3];
ry(pi*0.312855619649) q[4];
ry(pi*-0.00409221446) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
