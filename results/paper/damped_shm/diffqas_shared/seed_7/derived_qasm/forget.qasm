// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.217556722236) q[0];
ry(pi*-0.399966694986) q[1];
ry(pi*0.052741852768) q[2];
ry(pi*-0.125590036959) q[3];
ry(pi*-0.054458530695) q[4];
ry(pi*-0.059269317519) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.175633836938) q[0];
ry(pi*-0.218790899473) q[1];
ry(pi*0.345529973465) q[2];
ry(pi*0.088639614755) q[3];
ry(pi*0.129436818472) q[4];
ry(pi*0.300577026524) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.12904142641) q[0];
ry(pi*-0.13263380235) q[1];
ry(pi*0.119029184915) q[2];
ry(pi*0.034299251076) q[3];
ry(pi*0.115420928786) q[4];
ry(pi*-0.042158133139) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.047465811482) q[0];
ry(pi*-0.674934097972) q[1];
ry(pi*-0.073683393004) q[2];
ry(pi*0.376226968542) q[3];
ry(pi*0.320600466013) q[4];
ry(pi*0.230494011216) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.094592494585) q[0];
ry(pi*0.220290790042) q[1];
ry(pi*-0.329468328285) q[2];
ry(pi*0.223834216293) q[3];
ry(pi*0.141625547178) q[4];
ry(pi*0.000360874001) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
