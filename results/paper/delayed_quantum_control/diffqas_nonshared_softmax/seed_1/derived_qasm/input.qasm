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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.500012991273) q[0];
ry(pi*-0.120794048879) q[1];
ry(pi*7.9885245e-05) q[2];
ry(pi*0.32464150949) q[3];
ry(pi*-3.1575812e-05) q[4];
ry(pi*-0.001238514437) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.104703403854) q[0];
ry(pi*0.282837412566) q[1];
ry(pi*-0.500188413298) q[2];
ry(pi*-0.499895777638) q[3];
ry(pi*0.005990512868) q[4];
ry(pi*0.376478547177) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.399964456202) q[0];
ry(pi*-1.682831e-06) q[1];
ry(pi*-1.0182e-07) q[2];
ry(pi*0.484243526408) q[3];
ry(pi*0.003035145747) q[4];
ry(pi*0.10619056371) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000113641988) q[0];
ry(pi*0.499979902801) q[1];
ry(pi*0.000237122142) q[2];
ry(pi*0.5013555029) q[3];
ry(pi*-0.498708652815) q[4];
ry(pi*-1.25838e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.331661e-06) q[0];
ry(pi*-0.118063927404) q[1];
ry(pi*-0.01513804945) q[2];
ry(pi*-0.014565759046) q[3];
ry(pi*0.001973011458) q[4];
ry(pi*-0.002428562101) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
