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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001145458149) q[0];
rz(pi*-8.9474107e-05) q[1];
rz(pi*0.001753292218) q[2];
rz(pi*-0.001782015031) q[3];
rz(pi*0.000997530526) q[4];
rz(pi*0.001670930482) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001345283723) q[0];
rz(pi*0.002195999348) q[1];
rz(pi*0.001684963646) q[2];
rz(pi*-0.001176403739) q[3];
rz(pi*-0.000723499349) q[4];
rz(pi*0.000235308595) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000606311728) q[0];
rz(pi*-0.00079931393) q[1];
rz(pi*-0.003420130071) q[2];
rz(pi*0.000222254456) q[3];
rz(pi*0.002245407644) q[4];
rz(pi*0.001938142957) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002764815219) q[0];
rz(pi*0.001686291293) q[1];
rz(pi*0.001843887384) q[2];
rz(pi*-0.003077394499) q[3];
rz(pi*0.001562166835) q[4];
rz(pi*-0.000669348756) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001303986129) q[0];
rz(pi*0.000634958205) q[1];
rz(pi*-0.000782138628) q[2];
rz(pi*-0.007249482151) q[3];
rz(pi*0.000563156434) q[4];
rz(pi*-0.003692569241) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
