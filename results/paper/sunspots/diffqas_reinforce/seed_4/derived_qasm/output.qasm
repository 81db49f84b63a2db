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
ry(pi*-0.102650618959) q[0];
ry(pi*-0.258053862462) q[1];
ry(pi*-0.314637653949) q[2];
ry(pi*-0.170907782406) q[3];
ry(pi*0.002353553047) q[4];
ry(pi*-0.000466211919) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.067019642263) q[0];
ry(pi*-0.151991706309) q[1];
ry(pi*-0.220258953772) q[2];
ry(pi*0.150813119222) q[3];
ry(pi*-0.011121253144) q[4];
ry(pi*-0.000176343148) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.034282400904) q[0];
ry(pi*-0.112837836619) q[1];
ry(pi*0.154163270092) q[2];
ry(pi*-0.082404031497) q[3];
ry(pi*-0.012252384646) q[4];
ry(pi*0.000288357232) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.007339838083) q[0];
ry(pi*0.016444862666) q[1];
ry(pi*0.167720455657) q[2];
ry(pi*-0.043062753749) q[3];
ry(pi*-0.007476863417) q[4];
ry(pi*-0.003567005818) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.086490647514) q[0];
ry(pi*-0.131045669531) q[1];
ry(pi*-0.325197448943) q[2];
ry(pi*-0.404880143347) q[3];
ry(pi*-0.066762466668) q[4];
ry(pi*0.003535079427) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
