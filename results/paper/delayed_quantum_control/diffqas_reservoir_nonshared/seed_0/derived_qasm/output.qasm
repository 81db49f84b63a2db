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
rz(pi*0.140895817356) q[0];
rz(pi*1.684940428824) q[1];
rz(pi*1.973281114532) q[2];
rz(pi*0.32437456293) q[3];
rz(pi*1.408122424029) q[4];
rz(pi*1.616049623036) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.902874310312) q[0];
rz(pi*1.686190657006) q[1];
rz(pi*1.497519886217) q[2];
rz(pi*1.540719011334) q[3];
rz(pi*1.556227335299) q[4];
rz(pi*0.182225443806) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.675566877053) q[0];
rz(pi*1.710320956434) q[1];
rz(pi*1.47580170604) q[2];
rz(pi*1.903193204255) q[3];
rz(pi*1.682502203073) q[4];
rz(pi*1.304074661416) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.066697583983) q[0];
rz(pi*0.215677528495) q[1];
rz(pi*0.867639689177) q[2];
rz(pi*1.923894445155) q[3];
rz(pi*0.092838435602) q[4];
rz(pi*1.928592401048) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.187561396286) q[0];
rz(pi*1.531112881503) q[1];
rz(pi*0.259478981433) q[2];
rz(pi*0.632611741472) q[3];
rz(pi*0.612556370848) q[4];
rz(pi*0.710196543273) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
