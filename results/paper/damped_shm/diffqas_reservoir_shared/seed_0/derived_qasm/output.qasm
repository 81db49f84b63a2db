// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
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
ry(pi*1.236235173523) q[0];
ry(pi*1.49542134854) q[1];
ry(pi*1.152269001871) q[2];
ry(pi*1.001985184364) q[3];
ry(pi*1.584773579698) q[4];
ry(pi*0.566912379518) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.602680969664) q[0];
ry(pi*0.752666963096) q[1];
ry(pi*0.387328302673) q[2];
ry(pi*1.186528320056) q[3];
ry(pi*0.532092796094) q[4];
ry(pi*0.624121360987) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.426676557018) q[0];
ry(pi*0.433531496769) q[1];
ry(pi*0.837645217) q[2];
ry(pi*0.789565694049) q[3];
ry(pi*0.506140316032) q[4];
ry(pi*0.531763656867) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.453123656612) q[0];
ry(pi*1.436358122493) q[1];
ry(pi*1.318882359755) q[2];
ry(pi*1.098180733834) q[3];
ry(pi*0.004898946957) q[4];
ry(pi*1.587372542569) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.496362245044) q[0];
ry(pi*0.322509238267) q[1];
ry(pi*0.879389056478) q[2];
ry(pi*1.116650324259) q[3];
ry(pi*1.908574937975) q[4];
ry(pi*0.110814924315) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
