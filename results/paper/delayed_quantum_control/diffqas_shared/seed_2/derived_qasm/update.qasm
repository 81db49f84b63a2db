// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.194562055594) q[0];
ry(pi*0.073315886138) q[1];
ry(pi*-0.001022045021) q[2];
ry(pi*-0.002849170131) q[3];
ry(pi*0.174098657059) q[4];
ry(pi*-0.003200294029) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.0187872879) q[0];
ry(pi*-0.518470249413) q[1];
ry(pi*-0.000212890886) q[2];
ry(pi*0.506637629695) q[3];
ry(pi*-0.503895536416) q[4];
ry(pi*-0.478196797882) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00711601065) q[0];
ry(pi*-0.001722658641) q[1];
ry(pi*0.003125067381) q[2];
ry(pi*0.001583413348) q[3];
ry(pi*6.0067256e-05) q[4];
ry(pi*-0.002393123825) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.014506402805) q[0];
ry(pi*-0.010755827352) q[1];
ry(pi*-0.495993349056) q[2];
ry(pi*-0.002318365863) q[3];
ry(pi*0.001916393074) q[4];
ry(pi*0.507619014042) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.143335987815) q[0];
ry(pi*0.500259447266) q[1];
ry(pi*-0.495017656533) q[2];
ry(pi*0.303919474458) q[3];
ry(pi*0.003978237457) q[4];
ry(pi*-0.002661947056) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
