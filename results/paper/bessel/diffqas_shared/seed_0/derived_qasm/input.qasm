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
ry(pi*0.204244930189) q[0];
ry(pi*-0.213641145539) q[1];
ry(pi*0.001306684261) q[2];
ry(pi*-0.039305115691) q[3];
ry(pi*0.000935832114) q[4];
ry(pi*0.109653725751) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.245309146871) q[0];
ry(pi*0.179093156998) q[1];
ry(pi*-0.013051387527) q[2];
ry(pi*-0.000708884331) q[3];
ry(pi*-0.005643634122) q[4];
ry(pi*0.00066332439) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.192515009954) q[0];
ry(pi*0.009335383978) q[1];
ry(pi*-0.006005705296) q[2];
ry(pi*0.031837468286) q[3];
ry(pi*0.004890085794) q[4];
ry(pi*-0.00335233155) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.238578773327) q[0];
ry(pi*0.33299327508) q[1];
ry(pi*0.523302001123) q[2];
ry(pi*0.491875921296) q[3];
ry(pi*-0.236694684617) q[4];
ry(pi*-0.108167808611) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.191840813365) q[0];
ry(pi*0.027995199915) q[1];
ry(pi*-0.311897590754) q[2];
ry(pi*-0.014153531042) q[3];
ry(pi*-0.232139384814) q[4];
ry(pi*-0.002949050382) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
