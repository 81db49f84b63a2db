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
ry(pi*-0.000245651837) q[0];
ry(pi*-0.355063361781) q[1];
ry(pi*0.000928325873) q[2];
ry(pi*0.001919394177) q[3];
ry(pi*-0.000398280922) q[4];
ry(pi*-0.000165257487) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002940354045) q[0];
ry(pi*-0.000116889857) q[1];
ry(pi*0.001576692845) q[2];
ry(pi*0.500000317478) q[3];
ry(pi*-0.001427745214) q[4];
ry(pi*-2.9819117e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.499490140292) q[0];
ry(pi*-0.499926741162) q[1];
ry(pi*-0.000384495035) q[2];
ry(pi*0.003553616988) q[3];
ry(pi*-0.006387032623) q[4];
ry(pi*0.00370116271) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.500593898862) q[0];
ry(pi*0.000351106074) q[1];
ry(pi*-0.001607326124) q[2];
ry(pi*0.000590643388) q[3];
ry(pi*0.501528041068) q[4];
ry(pi*0.502937526494) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000252716536) q[0];
ry(pi*-0.789263799688) q[1];
ry(pi*0.00025945075) q[2];
ry(pi*-0.000572571586) q[3];
ry(pi*-0.032853321373) q[4];
ry(pi*-0.003758155362) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
