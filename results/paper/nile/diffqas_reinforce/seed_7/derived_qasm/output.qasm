// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
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
rz(pi*-0.005241398827) q[0];
rz(pi*-0.004976436105) q[1];
rz(pi*-0.000961116487) q[2];
rz(pi*0.001510047214) q[3];
rz(pi*0.001146695232) q[4];
rz(pi*0.002841792993) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004141474235) q[0];
rz(pi*0.001580184868) q[1];
rz(pi*-6.3205249e-05) q[2];
rz(pi*-0.003283209087) q[3];
rz(pi*-0.003011402835) q[4];
rz(pi*-0.00148703505) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000851446372) q[0];
rz(pi*0.000702658749) q[1];
rz(pi*1.3566001e-05) q[2];
rz(pi*-0.000486053967) q[3];
rz(pi*0.002006990019) q[4];
rz(pi*0.000663204921) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00094812638) q[0];
rz(pi*0.000981833542) q[1];
rz(pi*-0.001738845211) q[2];
rz(pi*-0.003281184635) q[3];
rz(pi*0.001563379015) q[4];
rz(pi*0.001326488549) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000700330215) q[0];
rz(pi*-0.001323334922) q[1];
rz(pi*0.007252447236) q[2];
rz(pi*-0.002416640546) q[3];
rz(pi*-0.000692451115) q[4];
rz(pi*0.000845144678) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
