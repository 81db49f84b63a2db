// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.052194726156) q[0];
ry(pi*-0.011705869906) q[1];
ry(pi*0.062160228287) q[2];
ry(pi*0.082545606141) q[3];
ry(pi*0.01153413808) q[4];
ry(pi*-0.512873744189) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.211287310569) q[0];
ry(pi*-0.311601008763) q[1];
ry(pi*0.123654788235) q[2];
ry(pi*0.265799657463) q[3];
ry(pi*-0.015138606774) q[4];
ry(pi*0.017454846059) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.037358926806) q[0];
ry(pi*-0.175721699733) q[1];
ry(pi*0.094990134918) q[2];
ry(pi*0.255726342693) q[3];
ry(pi*-0.000129652133) q[4];
ry(pi*0.303197466544) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.024546680092) q[0];
ry(pi*0.409823492759) q[1];
ry(pi*-0.021055647084) q[2];
ry(pi*-0.057514589746) q[3];
ry(pi*-0.08721432503) q[4];
ry(pi*0.024981509381) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.012186636961) q[0];
ry(pi*-0.332294167272) q[1];
ry(pi*-0.428364989899) q[2];
ry(pi*-0.031588832799) q[3];
ry(pi*0.086531467381) q[4];
ry(pi*0.004941794832) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
