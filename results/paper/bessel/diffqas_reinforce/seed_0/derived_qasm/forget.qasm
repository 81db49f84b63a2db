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
ry(pi*0.336237539044) q[0];
ry(pi*-0.311315108428) q[1];
ry(pi*-0.018901885668) q[2];
ry(pi*0.078649979289) q[3];
ry(pi*-0.068765025958) q[4];
ry(pi*0.002823195846) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.114364924622) q[0];
ry(pi*-0.032126285681) q[1];
ry(pi*-0.135559428503) q[2];
ry(pi*0.056333204179) q[3];
ry(pi*-0.048681566181) q[4];
ry(pi*0.00234168589) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.096546583247) q[0];
ry(pi*-0.163117230693) q[1];
ry(pi*-0.269654711094) q[2];
ry(pi*-0.190741930791) q[3];
ry(pi*-0.160735372975) q[4];
ry(pi*-0.007070176641) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.084999626705) q[0];
ry(pi*-0.155902710573) q[1];
ry(pi*0.021168100931) q[2];
ry(pi*-0.237297581621) q[3];
ry(pi*-0.251996034878) q[4];
ry(pi*0.017470733364) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00611615989) q[0];
ry(pi*0.04663045563) q[1];
ry(pi*0.216660923953) q[2];
ry(pi*0.129543919633) q[3];
ry(pi*0.07375189411) q[4];
ry(pi*-0.000470421127) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
