// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.001194832428) q[0];
ry(pi*-5.1047808e-05) q[1];
ry(pi*0.001269046628) q[2];
ry(pi*0.100766425899) q[3];
ry(pi*0.011414766295) q[4];
ry(pi*0.001246411547) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.040109441614) q[0];
ry(pi*0.009842256941) q[1];
ry(pi*-0.00016509796) q[2];
ry(pi*-0.001164610842) q[3];
ry(pi*0.000521172189) q[4];
ry(pi*-0.000254193502) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000194115277) q[0];
ry(pi*-0.000708744777) q[1];
ry(pi*0.00043288399) q[2];
ry(pi*-4.772979e-06) q[3];
ry(pi*0.000587951777) q[4];
ry(pi*0.0036093773) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.01013021404) q[0];
ry(pi*0.000737847638) q[1];
ry(pi*9.9645834e-05) q[2];
ry(pi*-0.000214470812) q[3];
ry(pi*-0.017434558263) q[4];
ry(pi*0.035621224703) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.0033211531) q[0];
ry(pi*0.006330960446) q[1];
ry(pi*0.024229932441) q[2];
ry(pi*-0.001132491092) q[3];
ry(pi*0.022586339909) q[4];
ry(pi*-0.002150700875) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
