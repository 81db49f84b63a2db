// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.063021055052) q[0];
ry(pi*-0.131970704818) q[1];
ry(pi*-0.08005971136) q[2];
ry(pi*-0.00931739722) q[3];
ry(pi*0.177438904154) q[4];
ry(pi*0.000372555025) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.070115434991) q[0];
ry(pi*0.14371182846) q[1];
ry(pi*-0.006872581403) q[2];
ry(pi*0.466533794528) q[3];
ry(pi*0.096493298286) q[4];
ry(pi*0.17075106751) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.094454999082) q[0];
ry(pi*-0.103656753255) q[1];
ry(pi*-0.06150853812) q[2];
ry(pi*0.024356952615) q[3];
ry(pi*0.055500058652) q[4];
ry(pi*0.012672629822) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.039684157988) q[0];
ry(pi*0.013059537508) q[1];
ry(pi*0.032364189708) q[2];
ry(pi*-0.106979953337) q[3];
ry(pi*0.427407283541) q[4];
ry(pi*0.036398834625) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.071174451078) q[0];
ry(pi*-0.041673426868) q[1];
ry(pi*0.096281296803) q[2];
ry(pi*0.192225428906) q[3];
ry(pi*-0.039235881763) q[4];
ry(pi*0.000158083176) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
