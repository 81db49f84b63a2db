// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.137354354785) q[0];
ry(pi*-0.013210472831) q[1];
ry(pi*-0.007510629572) q[2];
ry(pi*-0.010733101557) q[3];
ry(pi*-0.000973038117) q[4];
ry(pi*0.00608532206) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009256447268) q[0];
ry(pi*0.011316378368) q[1];
ry(pi*-0.010691911722) q[2];
ry(pi*-0.01767177927) q[3];
ry(pi*0.215787494541) q[4];
ry(pi*0.007419558011) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008743166853) q[0];
ry(pi*0.012546948412) q[1];
ry(pi*0.393684059315) q[2];
ry(pi*-0.006658871187) q[3];
ry(pi*0.004350285924) q[4];
ry(pi*0.015950355784) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.010528521976) q[0];
ry(pi*0.013056991602) q[1];
ry(pi*-0.008725985251) q[2];
ry(pi*-0.028678346898) q[3];
ry(pi*-0.027999001579) q[4];
ry(pi*0.002279251617) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007670852648) q[0];
ry(pi*0.4532304833) q[1];
ry(pi*-0.006255168469) q[2];
ry(pi*0.395333246435) q[3];
ry(pi*0.002705502853) q[4];
ry(pi*-0.000747163405) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
