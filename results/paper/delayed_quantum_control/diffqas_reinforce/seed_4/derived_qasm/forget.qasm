// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*0.500094612034) q[0];
rx(pi*7.3782779e-05) q[1];
rx(pi*4.8665408e-05) q[2];
rx(pi*4.166004e-06) q[3];
rx(pi*-2.78494e-07) q[4];
rx(pi*0.000253932237) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.499987529846) q[0];
rx(pi*8.2716e-08) q[1];
rx(pi*0.499998913494) q[2];
rx(pi*-0.000118930678) q[3];
rx(pi*0.000206986359) q[4];
rx(pi*0.00017335029) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-7.725909e-06) q[0];
rx(pi*-7.847922e-06) q[1];
rx(pi*1.8289e-08) q[2];
rx(pi*5.23282e-07) q[3];
rx(pi*0.499999558568) q[4];
rx(pi*-9.5910436e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-3.1302085e-05) q[0];
rx(pi*-0.499793400691) q[1];
rx(pi*0.000115063165) q[2];
rx(pi*6.09325e-06) q[3];
rx(pi*8.632251e-06) q[4];
rx(pi*-7.34719e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.50000737534) q[0];
rx(pi*5.1671e-08) q[1];
rx(pi*-2.0737334e-05) q[2];
rx(pi*0.479166305289) q[3];
rx(pi*0.364156468514) q[4];
rx(pi*0.000686501602) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
