// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*0.030359911972) q[0];
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
rz(pi*0.000256547215) q[0];
rz(pi*-0.001282529285) q[1];
rz(pi*-3.7961745e-05) q[2];
rz(pi*-0.001547499122) q[3];
rz(pi*0.002803390076) q[4];
rz(pi*0.002608652015) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003110245515) q[0];
rz(pi*0.000449628552) q[1];
rz(pi*-0.00025931996) q[2];
rz(pi*0.006122235319) q[3];
rz(pi*0.000515032912) q[4];
rz(pi*0.000524702677) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000768749353) q[0];
rz(pi*0.002679043281) q[1];
rz(pi*0.003392321062) q[2];
rz(pi*0.004966595771) q[3];
rz(pi*-7.6827594e-05) q[4];
rz(pi*0.003920207233) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005185872117) q[0];
rz(pi*-0.005509492053) q[1];
rz(pi*0.001235050503) q[2];
rz(pi*-0.002276676066) q[3];
rz(pi*0.003482463255) q[4];
rz(pi*6.585254e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002397882279) q[0];
rz(pi*-0.003117370374) q[1];
rz(pi*0.001045672762) q[2];
rz(pi*-0.000553109178) q[3];
rz(pi*-0.00174074634) q[4];
rz(pi*0.002785857182) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
