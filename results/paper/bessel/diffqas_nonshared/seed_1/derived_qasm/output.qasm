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
rx(pi*-0.026303643375) q[0];
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
ry(pi*-0.146492227717) q[0];
ry(pi*-0.142875614092) q[1];
ry(pi*-0.115896641975) q[2];
ry(pi*-0.221085273852) q[3];
ry(pi*0.136383784904) q[4];
ry(pi*-0.180191546281) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.104814622101) q[0];
ry(pi*-0.024599504965) q[1];
ry(pi*-0.114019933664) q[2];
ry(pi*-0.13673435385) q[3];
ry(pi*0.232583100464) q[4];
ry(pi*0.163794254222) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.19565211584) q[0];
ry(pi*0.274227295071) q[1];
ry(pi*0.213480674039) q[2];
ry(pi*0.242666584627) q[3];
ry(pi*-0.213576714088) q[4];
ry(pi*0.271391438473) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.12121029199) q[0];
ry(pi*0.143960627587) q[1];
ry(pi*-0.123357257606) q[2];
ry(pi*0.209072564813) q[3];
ry(pi*0.141353449517) q[4];
ry(pi*-0.084037528156) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.224340447147) q[0];
ry(pi*0.267194192364) q[1];
ry(pi*0.199819897272) q[2];
ry(pi*0.184519286948) q[3];
ry(pi*0.13118490104) q[4];
ry(pi*-0.000578730948) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
