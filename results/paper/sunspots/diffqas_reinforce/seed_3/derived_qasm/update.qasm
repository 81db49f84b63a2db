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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.032072365132) q[0];
ry(pi*0.487434211334) q[1];
ry(pi*0.041033295847) q[2];
ry(pi*0.029098173488) q[3];
ry(pi*0.056075544779) q[4];
ry(pi*-0.113080621385) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.02821669963) q[0];
ry(pi*-0.012626674269) q[1];
ry(pi*-0.016524028827) q[2];
ry(pi*0.498243289259) q[3];
ry(pi*0.026595530514) q[4];
ry(pi*-0.402775989737) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.089279205052) q[0];
ry(pi*0.368087545945) q[1];
ry(pi*-0.014431262423) q[2];
ry(pi*-0.004740096737) q[3];
ry(pi*-0.073187763173) q[4];
ry(pi*0.024950436764) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006685202397) q[0];
ry(pi*-0.242612626133) q[1];
ry(pi*0.200287537557) q[2];
ry(pi*0.243647570547) q[3];
ry(pi*0.578967473676) q[4];
ry(pi*-0.228237734114) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.095385792598) q[0];
ry(pi*-0.293755849409) q[1];
ry(pi*0.344488862908) q[2];
ry(pi*0.164696047893) q[3];
ry(pi*-0.046057739525) q[4];
ry(pi*-0.000679342502) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
