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
rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.241229664608) q[0];
ry(pi*-0.153590786403) q[1];
ry(pi*-0.097925607927) q[2];
ry(pi*-0.115102917075) q[3];
ry(pi*0.112761746415) q[4];
ry(pi*3.0714e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.206906332372) q[0];
ry(pi*0.290928777193) q[1];
ry(pi*0.220439498439) q[2];
ry(pi*-0.021698458006) q[3];
ry(pi*0.025966953897) q[4];
ry(pi*3.7533e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.098556451788) q[0];
ry(pi*-0.092563567919) q[1];
ry(pi*0.055585018617) q[2];
ry(pi*0.156218853468) q[3];
ry(pi*-0.11244374419) q[4];
ry(pi*2.772e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003069108151) q[0];
ry(pi*0.02118374159) q[1];
ry(pi*-0.100425523568) q[2];
ry(pi*-0.198861849404) q[3];
ry(pi*-0.194566020898) q[4];
ry(pi*-3.02e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.02948999393) q[0];
ry(pi*-0.1190786943) q[1];
ry(pi*-0.13640640042) q[2];
ry(pi*-0.17278471839) q[3];
ry(pi*-0.139049085987) q[4];
ry(pi*-0.000312172996) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
