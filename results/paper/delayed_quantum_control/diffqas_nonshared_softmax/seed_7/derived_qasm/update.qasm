// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.00385101125) q[0];
ry(pi*-0.499358393532) q[1];
ry(pi*-0.502965719997) q[2];
ry(pi*-0.003808659631) q[3];
ry(pi*-0.000721981011) q[4];
ry(pi*0.000102072252) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008380796858) q[0];
ry(pi*-0.007199941342) q[1];
ry(pi*0.000214908612) q[2];
ry(pi*0.502816745982) q[3];
ry(pi*0.004688016545) q[4];
ry(pi*-0.002389109162) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.49605076059) q[0];
ry(pi*0.000589413531) q[1];
ry(pi*0.000518974611) q[2];
ry(pi*-0.000311648355) q[3];
ry(pi*-0.000405676699) q[4];
ry(pi*-0.490794664405) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000435497004) q[0];
ry(pi*0.214260188351) q[1];
ry(pi*0.001142120799) q[2];
ry(pi*0.003250966088) q[3];
ry(pi*0.000260710103) q[4];
ry(pi*-0.307286795664) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.523854677263) q[0];
ry(pi*-0.499580905917) q[1];
ry(pi*0.000917711584) q[2];
ry(pi*0.386654504512) q[3];
ry(pi*-0.000258854739) q[4];
ry(pi*0.002311490465) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
