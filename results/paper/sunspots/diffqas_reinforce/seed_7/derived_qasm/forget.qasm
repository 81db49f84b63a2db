// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
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
ry(pi*0.500414985851) q[0];
ry(pi*0.311193891543) q[1];
ry(pi*-0.370016201639) q[2];
ry(pi*-0.003239612381) q[3];
ry(pi*0.499838859395) q[4];
ry(pi*1.5503526e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000142337926) q[0];
ry(pi*-0.456460897159) q[1];
ry(pi*-0.504515110465) q[2];
ry(pi*-0.496486071313) q[3];
ry(pi*0.500330025887) q[4];
ry(pi*0.500415934489) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.035982143282) q[0];
ry(pi*0.500832841647) q[1];
ry(pi*0.542157231618) q[2];
ry(pi*0.500449478307) q[3];
ry(pi*-0.499986353535) q[4];
ry(pi*0.310618372214) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002524894745) q[0];
ry(pi*0.006017231833) q[1];
ry(pi*0.007831337784) q[2];
ry(pi*0.002416892527) q[3];
ry(pi*0.002390092039) q[4];
ry(pi*0.112666655003) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.364094237901) q[0];
ry(pi*-0.367997880739) q[1];
ry(pi*1.850236e-06) q[2];
ry(pi*0.50030498186) q[3];
ry(pi*3.831798e-06) q[4];
ry(pi*-0.001121772897) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
