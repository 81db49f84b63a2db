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
ry(pi*0.044479576886) q[0];
ry(pi*-0.497955548568) q[1];
ry(pi*-0.17203960167) q[2];
ry(pi*-0.030588074905) q[3];
ry(pi*-0.14842781795) q[4];
ry(pi*0.027865670595) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.086254028892) q[0];
ry(pi*-0.264148781768) q[1];
ry(pi*0.043402745388) q[2];
ry(pi*0.054648704031) q[3];
ry(pi*0.054129059445) q[4];
ry(pi*0.136011416272) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.121150632185) q[0];
ry(pi*-0.422374686324) q[1];
ry(pi*0.451503432022) q[2];
ry(pi*0.118381018936) q[3];
ry(pi*-0.127610871748) q[4];
ry(pi*-0.152039451228) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.076074884135) q[0];
ry(pi*-0.195262036148) q[1];
ry(pi*-0.089896492885) q[2];
ry(pi*0.014151383564) q[3];
ry(pi*-0.179919059678) q[4];
ry(pi*0.383769584388) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.053706413031) q[0];
ry(pi*0.01680066809) q[1];
ry(pi*0.136459618977) q[2];
ry(pi*-0.201579847293) q[3];
ry(pi*-0.37633666897) q[4];
ry(pi*0.001869187395) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
