// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.033990564471) q[0];
ry(pi*0.311782919467) q[1];
ry(pi*-0.186185891051) q[2];
ry(pi*0.129584303126) q[3];
ry(pi*-0.090969088717) q[4];
ry(pi*-0.166491040579) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002892505665) q[0];
ry(pi*-0.096352852521) q[1];
ry(pi*-0.030082463037) q[2];
ry(pi*-0.268800690803) q[3];
ry(pi*-0.021504554153) q[4];
ry(pi*0.053240304795) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003418082793) q[0];
ry(pi*0.045404659604) q[1];
ry(pi*0.039763883845) q[2];
ry(pi*-0.031852734233) q[3];
ry(pi*-0.069391766962) q[4];
ry(pi*0.087673797547) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.14844694248) q[0];
ry(pi*-0.213646287154) q[1];
ry(pi*-0.146458152662) q[2];
ry(pi*-0.185609214385) q[3];
ry(pi*-0.678423034491) q[4];
ry(pi*0.421379072416) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.211942079065) q[0];
ry(pi*-0.26963196277) q[1];
ry(pi*0.137613740706) q[2];
ry(pi*-0.003032817138) q[3];
ry(pi*-0.269578914967) q[4];
ry(pi*-0.001309608584) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
