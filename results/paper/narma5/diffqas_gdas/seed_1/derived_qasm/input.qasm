// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.020736544441) q[0];
ry(pi*0.002963821556) q[1];
ry(pi*0.021524164859) q[2];
ry(pi*-0.020453639428) q[3];
ry(pi*-0.122472463517) q[4];
ry(pi*0.041230792664) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.025268823186) q[0];
ry(pi*0.007135853772) q[1];
ry(pi*0.000429877143) q[2];
ry(pi*-0.00750471719) q[3];
ry(pi*-0.010981050468) q[4];
ry(pi*0.011906307499) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.022059175) q[0];
ry(pi*-0.015292735448) q[1];
ry(pi*-0.103226147773) q[2];
ry(pi*-0.018095317403) q[3];
ry(pi*-0.071571389419) q[4];
ry(pi*0.025448910136) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.2050490901) q[0];
ry(pi*-0.055015475704) q[1];
ry(pi*-0.02619318494) q[2];
ry(pi*-0.028809787723) q[3];
ry(pi*-0.0173007162) q[4];
ry(pi*0.08637405998) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.331992348802) q[0];
ry(pi*0.445629659064) q[1];
ry(pi*0.375064508291) q[2];
ry(pi*0.413672114629) q[3];
ry(pi*0.289680617041) q[4];
ry(pi*-0.003331708766) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
