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
ry(pi*0.011122462657) q[0];
ry(pi*-0.321037332501) q[1];
ry(pi*0.015534208722) q[2];
ry(pi*0.00052520979) q[3];
ry(pi*-0.01727423973) q[4];
ry(pi*0.018452449734) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001094950101) q[0];
ry(pi*0.011731576793) q[1];
ry(pi*-0.004546441012) q[2];
ry(pi*0.001139550807) q[3];
ry(pi*-0.000496126235) q[4];
ry(pi*0.499834078262) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.495834395375) q[0];
ry(pi*0.001818078815) q[1];
ry(pi*-0.496710632755) q[2];
ry(pi*0.002330236133) q[3];
ry(pi*0.010643667582) q[4];
ry(pi*-0.500105768009) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.047286310316) q[0];
ry(pi*0.246542413417) q[1];
ry(pi*-0.244881406275) q[2];
ry(pi*0.248700449631) q[3];
ry(pi*0.252202363509) q[4];
ry(pi*-0.025356420362) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00293139209) q[0];
ry(pi*-0.083171725787) q[1];
ry(pi*-0.507750419292) q[2];
ry(pi*0.014836668539) q[3];
ry(pi*-0.14555390202) q[4];
ry(pi*0.001206523643) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
