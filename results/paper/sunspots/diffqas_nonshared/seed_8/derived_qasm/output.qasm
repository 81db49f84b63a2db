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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.060675487457) q[0];
ry(pi*0.121713449259) q[1];
ry(pi*0.170611162469) q[2];
ry(pi*0.020368565628) q[3];
ry(pi*-0.044772430733) q[4];
ry(pi*0.421619115619) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.120165652502) q[0];
ry(pi*0.026434957036) q[1];
ry(pi*-0.093898993225) q[2];
ry(pi*-0.002837754466) q[3];
ry(pi*-0.242787611785) q[4];
ry(pi*0.015337685444) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.056804145722) q[0];
ry(pi*-0.409826907854) q[1];
ry(pi*-0.331109508906) q[2];
ry(pi*0.027103585124) q[3];
ry(pi*-0.023496571709) q[4];
ry(pi*-0.03420192088) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.134070342914) q[0];
ry(pi*0.399123204569) q[1];
ry(pi*0.096259525575) q[2];
ry(pi*-0.515839867672) q[3];
ry(pi*-0.051875011641) q[4];
ry(pi*-0.171607668096) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.025172270873) q[0];
ry(pi*-0.014413701959) q[1];
ry(pi*-0.064109033039) q[2];
ry(pi*0.009330615296) q[3];
ry(pi*-0.19992318491) q[4];
ry(pi*0.002335281253) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
