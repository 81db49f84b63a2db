// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rz(pi*0.000256547623) q[0];
rz(pi*-0.001282530174) q[1];
rz(pi*-3.7961555e-05) q[2];
rz(pi*-0.001547500011) q[3];
rz(pi*0.00280338978) q[4];
rz(pi*0.002608652015) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003110245515) q[0];
rz(pi*0.000449629033) q[1];
rz(pi*-0.00025931946) q[2];
rz(pi*0.006122235319) q[3];
rz(pi*0.000515032245) q[4];
rz(pi*0.000524703121) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000768748315) q[0];
rz(pi*0.002679043281) q[1];
rz(pi*0.003392321062) q[2];
rz(pi*0.004966595771) q[3];
rz(pi*-7.6828442e-05) q[4];
rz(pi*0.003920207233) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005185872117) q[0];
rz(pi*-0.005509492053) q[1];
rz(pi*0.001235046278) q[2];
rz(pi*-0.002276676214) q[3];
rz(pi*0.003482463255) q[4];
rz(pi*6.582286e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002397882427) q[0];
rz(pi*-0.003117370374) q[1];
rz(pi*0.001045672021) q[2];
rz(pi*-0.000553110327) q[3];
rz(pi*-0.00174074634) q[4];
rz(pi*0.002785857182) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
