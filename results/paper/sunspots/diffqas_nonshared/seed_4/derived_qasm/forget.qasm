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
rx(pi*-0.000467719808) q[0];
rx(pi*0.006009609532) q[1];
rx(pi*0.001826224942) q[2];
rx(pi*-0.003119751158) q[3];
rx(pi*-0.007604308107) q[4];
rx(pi*0.004957538359) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000197286486) q[0];
rx(pi*0.01586560452) q[1];
rx(pi*0.004242529611) q[2];
rx(pi*-0.001656648895) q[3];
rx(pi*-0.002115558455) q[4];
rx(pi*0.000975413861) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000656858537) q[0];
rx(pi*-0.00170017134) q[1];
rx(pi*-0.00030272264) q[2];
rx(pi*-0.006128964123) q[3];
rx(pi*0.005254989836) q[4];
rx(pi*0.004249474526) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000258565145) q[0];
rx(pi*-0.01009621962) q[1];
rx(pi*0.00599311332) q[2];
rx(pi*-0.000688935227) q[3];
rx(pi*0.007100518808) q[4];
rx(pi*-0.005139151132) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001211916794) q[0];
rx(pi*-0.000388463452) q[1];
rx(pi*-0.001685814751) q[2];
rx(pi*-0.001985925822) q[3];
rx(pi*-0.002611455832) q[4];
rx(pi*-0.00482875787) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
