// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
rz(pi*-0.000498088692) q[0];
rz(pi*0.002257825455) q[1];
rz(pi*-0.002176434739) q[2];
rz(pi*0.002846109589) q[3];
rz(pi*0.006892671171) q[4];
rz(pi*0.00143747186) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000701070301) q[0];
rz(pi*-0.001479197082) q[1];
rz(pi*0.004804996282) q[2];
rz(pi*0.003651118234) q[3];
rz(pi*-0.004792209836) q[4];
rz(pi*0.003137669139) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002107473396) q[0];
rz(pi*-0.003736531766) q[1];
rz(pi*-0.000223227291) q[2];
rz(pi*-0.002108964388) q[3];
rz(pi*0.003706927461) q[4];
rz(pi*-0.004023148618) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004114327494) q[0];
rz(pi*-0.003027711691) q[1];
rz(pi*-0.000455483571) q[2];
rz(pi*0.001874280689) q[3];
rz(pi*-0.003482719387) q[4];
rz(pi*-0.002321809861) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005016740743) q[0];
rz(pi*-0.000648329694) q[1];
rz(pi*-0.00327991524) q[2];
rz(pi*0.006897451711) q[3];
rz(pi*0.006116550017) q[4];
rz(pi*-0.002993269928) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
