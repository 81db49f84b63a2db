// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*-0.000452693466) q[0];
rx(pi*0.005821367858) q[1];
rx(pi*0.00181291052) q[2];
rx(pi*-0.003192122704) q[3];
rx(pi*-0.007604309885) q[4];
rx(pi*0.004957197739) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000200138068) q[0];
rx(pi*0.015611611604) q[1];
rx(pi*0.004170362911) q[2];
rx(pi*-0.001720118368) q[3];
rx(pi*-0.002115604553) q[4];
rx(pi*0.000975292391) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000714780334) q[0];
rx(pi*-0.001412046302) q[1];
rx(pi*-0.000257860837) q[2];
rx(pi*-0.006270425523) q[3];
rx(pi*0.005255040826) q[4];
rx(pi*0.00424936395) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000260143737) q[0];
rx(pi*-0.010528314462) q[1];
rx(pi*0.005597720666) q[2];
rx(pi*-0.00082083251) q[3];
rx(pi*0.007100541338) q[4];
rx(pi*-0.005139159433) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001194793519) q[0];
rx(pi*-0.000447596392) q[1];
rx(pi*-0.001699159559) q[2];
rx(pi*-0.002058291736) q[3];
rx(pi*-0.00261133577) q[4];
rx(pi*-0.004828740379) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
