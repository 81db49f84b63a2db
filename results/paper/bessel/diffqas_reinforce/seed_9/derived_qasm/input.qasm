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
rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.169527002747) q[0];
ry(pi*0.045520042369) q[1];
ry(pi*-0.10027728949) q[2];
ry(pi*-0.017816087175) q[3];
ry(pi*0.306455258078) q[4];
ry(pi*-1.5531007e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.189390046627) q[0];
ry(pi*-0.043461527704) q[1];
ry(pi*-0.057209930106) q[2];
ry(pi*-0.00844614908) q[3];
ry(pi*0.008573640016) q[4];
ry(pi*-5.550632e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.1621606627) q[0];
ry(pi*-0.036078415747) q[1];
ry(pi*0.048993582504) q[2];
ry(pi*-0.002974586218) q[3];
ry(pi*-0.075345571714) q[4];
ry(pi*-3.41782e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003924280741) q[0];
ry(pi*-0.024147282409) q[1];
ry(pi*-0.092726762009) q[2];
ry(pi*-0.004134522205) q[3];
ry(pi*-0.000392235693) q[4];
ry(pi*8.2398e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002748015148) q[0];
ry(pi*0.285313659704) q[1];
ry(pi*-0.18662953081) q[2];
ry(pi*-0.486846625338) q[3];
ry(pi*-0.206391943237) q[4];
ry(pi*-0.00195154335) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
