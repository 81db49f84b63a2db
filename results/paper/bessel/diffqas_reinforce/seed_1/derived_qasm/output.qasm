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
rz(pi*-0.00049820075) q[0];
rz(pi*0.002257720364) q[1];
rz(pi*-0.002176539979) q[2];
rz(pi*0.002845973816) q[3];
rz(pi*0.006892547848) q[4];
rz(pi*0.001437344831) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000700956686) q[0];
rz(pi*-0.00147931996) q[1];
rz(pi*0.004804888671) q[2];
rz(pi*0.003651002916) q[3];
rz(pi*-0.004792275054) q[4];
rz(pi*0.003137579908) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002107495037) q[0];
rz(pi*-0.003736559039) q[1];
rz(pi*-0.000223289063) q[2];
rz(pi*-0.002109009596) q[3];
rz(pi*0.00370688329) q[4];
rz(pi*-0.004023185378) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004114351802) q[0];
rz(pi*-0.003027729478) q[1];
rz(pi*-0.000455496948) q[2];
rz(pi*0.001874251044) q[3];
rz(pi*-0.00348272828) q[4];
rz(pi*-0.002321813419) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005016757344) q[0];
rz(pi*-0.000648352891) q[1];
rz(pi*-0.00327992858) q[2];
rz(pi*0.006897461197) q[3];
rz(pi*0.006116537566) q[4];
rz(pi*-0.002993270521) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
