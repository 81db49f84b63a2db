// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.316916735344) q[0];
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
rz(pi*0.000179126639) q[0];
rz(pi*0.001390345629) q[1];
rz(pi*-0.006731959548) q[2];
rz(pi*-0.002580494383) q[3];
rz(pi*-0.008441107666) q[4];
rz(pi*0.001526793777) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003213438882) q[0];
rz(pi*-0.005256625643) q[1];
rz(pi*0.000200106941) q[2];
rz(pi*-0.001203780154) q[3];
rz(pi*-0.006532515059) q[4];
rz(pi*-0.001573248253) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000168820547) q[0];
rz(pi*0.002764527664) q[1];
rz(pi*-0.000754536838) q[2];
rz(pi*0.001692651314) q[3];
rz(pi*0.005823240231) q[4];
rz(pi*0.003325458431) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002800041683) q[0];
rz(pi*0.001432590083) q[1];
rz(pi*0.005199319644) q[2];
rz(pi*0.008590221012) q[3];
rz(pi*0.002366261823) q[4];
rz(pi*0.003683483667) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002837349516) q[0];
rz(pi*0.006569494723) q[1];
rz(pi*0.003012565509) q[2];
rz(pi*0.003493588696) q[3];
rz(pi*-0.002907970233) q[4];
rz(pi*-0.001045994705) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
