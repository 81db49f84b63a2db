// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.199157615568) q[0];
ry(pi*0.022641266014) q[1];
ry(pi*-0.000975630269) q[2];
ry(pi*0.000162364995) q[3];
ry(pi*4.72369e-07) q[4];
ry(pi*4.1366e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.165672708026) q[0];
ry(pi*-0.01878740648) q[1];
ry(pi*0.031546295899) q[2];
ry(pi*-0.00015271235) q[3];
ry(pi*-2.5424e-08) q[4];
ry(pi*-3.73e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.193459321553) q[0];
ry(pi*-0.04638197904) q[1];
ry(pi*-2.9744081e-05) q[2];
ry(pi*3.169731e-05) q[3];
ry(pi*1.5281388e-05) q[4];
ry(pi*2.0197312e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.138602809016) q[0];
ry(pi*-0.033078221952) q[1];
ry(pi*-0.064345533083) q[2];
ry(pi*-0.00014203124) q[3];
ry(pi*-1.4043921e-05) q[4];
ry(pi*0.002089535553) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.198295114458) q[0];
ry(pi*-0.511355165463) q[1];
ry(pi*-0.404544553386) q[2];
ry(pi*0.004369284759) q[3];
ry(pi*-0.003768961824) q[4];
ry(pi*-0.002106465617) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
