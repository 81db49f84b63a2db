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
ry(pi*0.052307419534) q[0];
ry(pi*-0.185419733554) q[1];
ry(pi*-0.233938342805) q[2];
ry(pi*-0.022508807776) q[3];
ry(pi*-0.501541284045) q[4];
ry(pi*-0.022411807231) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.091899569182) q[0];
ry(pi*-0.230778052221) q[1];
ry(pi*-0.152818064335) q[2];
ry(pi*0.189922327064) q[3];
ry(pi*0.180317392516) q[4];
ry(pi*0.045916715092) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.130137482045) q[0];
ry(pi*0.016661308515) q[1];
ry(pi*-0.019388319645) q[2];
ry(pi*-0.289447897318) q[3];
ry(pi*-0.019976287468) q[4];
ry(pi*0.037906890591) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.011327396791) q[0];
ry(pi*-0.112500719352) q[1];
ry(pi*0.022619988077) q[2];
ry(pi*-0.021281460727) q[3];
ry(pi*-0.033030090463) q[4];
ry(pi*-0.003489218146) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.009560942675) q[0];
ry(pi*-0.112820818065) q[1];
ry(pi*-0.232455337981) q[2];
ry(pi*-0.214462342978) q[3];
ry(pi*0.023946752323) q[4];
ry(pi*0.000905453039) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
