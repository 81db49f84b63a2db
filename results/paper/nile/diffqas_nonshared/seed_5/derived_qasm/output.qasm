// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.19799904473) q[0];
rx(pi*-0.11064337273) q[1];
rx(pi*0.036222179372) q[2];
rx(pi*0.024747039422) q[3];
rx(pi*-0.021770978962) q[4];
rx(pi*0.000630542076) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.053511221403) q[0];
rx(pi*-0.075377498105) q[1];
rx(pi*-0.037236192102) q[2];
rx(pi*0.011406571253) q[3];
rx(pi*-0.024396940052) q[4];
rx(pi*-0.004017275071) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.245435752017) q[0];
rx(pi*-0.123188153505) q[1];
rx(pi*0.022792640081) q[2];
rx(pi*0.02069872464) q[3];
rx(pi*-0.019662660834) q[4];
rx(pi*0.004516459921) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.068893808226) q[0];
rx(pi*-0.06763495693) q[1];
rx(pi*-0.01394075642) q[2];
rx(pi*0.013502532194) q[3];
rx(pi*-0.020368461277) q[4];
rx(pi*-0.000750135234) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.181679673746) q[0];
rx(pi*-0.120204632012) q[1];
rx(pi*0.036644365696) q[2];
rx(pi*0.017881926167) q[3];
rx(pi*-0.016247702615) q[4];
rx(pi*0.000507445258) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
