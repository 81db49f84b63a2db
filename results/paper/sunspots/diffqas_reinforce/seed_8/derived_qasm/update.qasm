// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.071164789207) q[0];
ry(pi*-0.156913293979) q[1];
ry(pi*-0.022904090744) q[2];
ry(pi*0.002290666392) q[3];
ry(pi*0.002076453399) q[4];
ry(pi*0.000536953365) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.217036641276) q[0];
ry(pi*0.17021599808) q[1];
ry(pi*0.115454643359) q[2];
ry(pi*0.001704090102) q[3];
ry(pi*0.104350377938) q[4];
ry(pi*-5.4296873e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.190113230851) q[0];
ry(pi*0.187434639359) q[1];
ry(pi*0.069321785982) q[2];
ry(pi*0.000733156107) q[3];
ry(pi*-0.00215731436) q[4];
ry(pi*0.000513960433) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.14655053097) q[0];
ry(pi*0.217883736515) q[1];
ry(pi*0.013118973198) q[2];
ry(pi*0.501274868722) q[3];
ry(pi*-0.450995038275) q[4];
ry(pi*0.034965697297) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.005451696913) q[0];
ry(pi*-0.002037383768) q[1];
ry(pi*-0.49428094474) q[2];
ry(pi*0.003081948551) q[3];
ry(pi*-0.026099452452) q[4];
ry(pi*0.003781491249) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
