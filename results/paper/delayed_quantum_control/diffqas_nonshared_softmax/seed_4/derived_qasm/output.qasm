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
ry(pi*0.127912794568) q[0];
ry(pi*0.229338570881) q[1];
ry(pi*0.06804466393) q[2];
ry(pi*-0.072580265278) q[3];
ry(pi*0.180923002622) q[4];
ry(pi*0.000602716318) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.220291567925) q[0];
ry(pi*0.474694580439) q[1];
ry(pi*-0.196934863312) q[2];
ry(pi*0.100262699447) q[3];
ry(pi*0.019050026067) q[4];
ry(pi*0.00043780186) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.157405788564) q[0];
ry(pi*-0.190676550703) q[1];
ry(pi*-0.098159437556) q[2];
ry(pi*0.139518652006) q[3];
ry(pi*-0.107695586407) q[4];
ry(pi*-0.000212788296) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.125002308667) q[0];
ry(pi*0.243791953157) q[1];
ry(pi*0.316376506275) q[2];
ry(pi*0.41543088834) q[3];
ry(pi*0.255381550949) q[4];
ry(pi*-0.001081637235) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.164176175633) q[0];
ry(pi*0.116296938493) q[1];
ry(pi*-0.336864853974) q[2];
ry(pi*-0.047613504836) q[3];
ry(pi*0.32764261872) q[4];
ry(pi*0.003536176586) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
