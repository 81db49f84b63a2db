// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
rz(pi*-0.000903550354) q[0];
rz(pi*0.002493343362) q[1];
rz(pi*-0.000219935371) q[2];
rz(pi*0.00183237567) q[3];
rz(pi*-0.002056307898) q[4];
rz(pi*0.005748034631) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00657586008) q[0];
rz(pi*0.002559327022) q[1];
rz(pi*0.003079631504) q[2];
rz(pi*-0.001976512375) q[3];
rz(pi*0.004186734021) q[4];
rz(pi*-0.002223578312) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002234252558) q[0];
rz(pi*0.000554280375) q[1];
rz(pi*-0.00154834415) q[2];
rz(pi*0.002247863132) q[3];
rz(pi*-0.000487806611) q[4];
rz(pi*-0.002818167475) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004530436907) q[0];
rz(pi*0.000556417885) q[1];
rz(pi*0.00037109794) q[2];
rz(pi*-0.000775914085) q[3];
rz(pi*0.001410196311) q[4];
rz(pi*-0.004122543583) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.005899023907) q[0];
rz(pi*0.003188090698) q[1];
rz(pi*0.001102941778) q[2];
rz(pi*0.004743412818) q[3];
rz(pi*-0.001455180548) q[4];
rz(pi*-0.002556661351) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
