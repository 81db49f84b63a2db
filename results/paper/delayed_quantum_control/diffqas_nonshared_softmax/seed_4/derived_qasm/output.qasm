// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*0.089936155414) q[0];
ry(pi*0.298114914083) q[1];
ry(pi*0.045618525159) q[2];
ry(pi*-0.02411748808) q[3];
ry(pi*0.232071879778) q[4];
ry(pi*0.001174759187) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.192527968341) q[0];
ry(pi*0.488767008914) q[1];
ry(pi*-0.1685205554) q[2];
ry(pi*0.067805398609) q[3];
ry(pi*0.075325873258) q[4];
ry(pi*0.000625999437) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.171772712028) q[0];
ry(pi*-0.278051423123) q[1];
ry(pi*-0.095525868394) q[2];
ry(pi*0.148673239928) q[3];
ry(pi*-0.021483672272) q[4];
ry(pi*-0.000757637844) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.174872953865) q[0];
ry(pi*0.288584902916) q[1];
ry(pi*0.290710135249) q[2];
ry(pi*0.416151473298) q[3];
ry(pi*0.14429919627) q[4];
ry(pi*-4.3354049e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.260467158023) q[0];
ry(pi*0.243584884588) q[1];
ry(pi*-0.301378682032) q[2];
ry(pi*-0.022705536196) q[3];
ry(pi*0.338987904441) q[4];
ry(pi*0.003536943796) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
