// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.345525457951) q[0];
rx(pi*-0.01338496282) q[1];
rx(pi*0.443278518224) q[2];
rx(pi*0.017197319468) q[3];
rx(pi*-0.041792594696) q[4];
rx(pi*0.001131368142) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.601719137365) q[0];
rx(pi*-0.291003283174) q[1];
rx(pi*0.141043264065) q[2];
rx(pi*0.044691834501) q[3];
rx(pi*-0.043618531934) q[4];
rx(pi*0.004816100972) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.081933421977) q[0];
rx(pi*0.231064996058) q[1];
rx(pi*0.426157472759) q[2];
rx(pi*0.093875609313) q[3];
rx(pi*-0.03783521155) q[4];
rx(pi*0.006238188453) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.244247299101) q[0];
rx(pi*0.283830749744) q[1];
rx(pi*0.551930321628) q[2];
rx(pi*0.116139341364) q[3];
rx(pi*-0.039625480022) q[4];
rx(pi*0.002087874103) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.432040656201) q[0];
rx(pi*-0.204192774106) q[1];
rx(pi*0.445153632824) q[2];
rx(pi*0.017692567473) q[3];
rx(pi*-0.046243288255) q[4];
rx(pi*-0.002106230089) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
