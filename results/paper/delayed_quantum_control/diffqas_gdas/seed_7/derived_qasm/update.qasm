// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.484049700818) q[0];
ry(pi*-0.012903194952) q[1];
ry(pi*0.000224871805) q[2];
ry(pi*0.000746963895) q[3];
ry(pi*-0.000659163799) q[4];
ry(pi*0.012323738779) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002860594689) q[0];
ry(pi*0.000173401001) q[1];
ry(pi*-0.000117342961) q[2];
ry(pi*-0.010172970313) q[3];
ry(pi*-0.000407979035) q[4];
ry(pi*0.004096238164) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001745049893) q[0];
ry(pi*-0.000126751184) q[1];
ry(pi*0.001600900292) q[2];
ry(pi*-0.000480408907) q[3];
ry(pi*0.001027548452) q[4];
ry(pi*-1.0963534e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-6.9129087e-05) q[0];
ry(pi*0.011287772208) q[1];
ry(pi*0.000290195365) q[2];
ry(pi*-0.000157859005) q[3];
ry(pi*-0.01879166349) q[4];
ry(pi*0.001276325048) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003728198283) q[0];
ry(pi*-0.002018348766) q[1];
ry(pi*0.050755040859) q[2];
ry(pi*0.499834002371) q[3];
ry(pi*0.997429448188) q[4];
ry(pi*-0.002110322273) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
