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
ry(pi*0.287476249377) q[0];
ry(pi*-0.156746921955) q[1];
ry(pi*-0.081166695297) q[2];
ry(pi*0.387221713777) q[3];
ry(pi*-0.26974837955) q[4];
ry(pi*0.094499936035) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.069194924705) q[0];
ry(pi*0.20241318729) q[1];
ry(pi*0.340639595964) q[2];
ry(pi*-0.524033969729) q[3];
ry(pi*-0.373262704388) q[4];
ry(pi*0.179283207012) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.329418885305) q[0];
ry(pi*0.360751087975) q[1];
ry(pi*-0.556098899915) q[2];
ry(pi*-0.459981024875) q[3];
ry(pi*0.005346100528) q[4];
ry(pi*0.212579563388) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.279320130762) q[0];
ry(pi*-0.365748319991) q[1];
ry(pi*-0.425552507726) q[2];
ry(pi*-0.31844174678) q[3];
ry(pi*-0.084555541086) q[4];
ry(pi*-0.413004653365) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.123968417241) q[0];
ry(pi*-0.283024066458) q[1];
ry(pi*-0.257890734778) q[2];
ry(pi*0.15199641155) q[3];
ry(pi*-0.207898758858) q[4];
ry(pi*0.004540385741) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
