// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*-0.316916735344) q[0];
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
rz(pi*0.000173162693) q[0];
rz(pi*-0.002370446203) q[1];
rz(pi*0.0034833778) q[2];
rz(pi*-0.001051425877) q[3];
rz(pi*0.005611062657) q[4];
rz(pi*-0.001097288641) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001126091495) q[0];
rz(pi*-0.001334865461) q[1];
rz(pi*0.001991783362) q[2];
rz(pi*0.000595189695) q[3];
rz(pi*0.00436542588) q[4];
rz(pi*-0.001761270258) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000923490935) q[0];
rz(pi*0.00616816597) q[1];
rz(pi*-0.000765156092) q[2];
rz(pi*0.001695456316) q[3];
rz(pi*0.005003375628) q[4];
rz(pi*0.001761762067) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00201984702) q[0];
rz(pi*-0.00656461517) q[1];
rz(pi*0.007616765494) q[2];
rz(pi*0.001369738854) q[3];
rz(pi*0.00401234186) q[4];
rz(pi*-0.001516098928) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005788307252) q[0];
rz(pi*0.001653190815) q[1];
rz(pi*0.000158520346) q[2];
rz(pi*-0.002870515954) q[3];
rz(pi*0.001171996873) q[4];
rz(pi*-0.001548745839) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
