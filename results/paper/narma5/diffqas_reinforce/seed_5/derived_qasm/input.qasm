// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.004470290925) q[0];
ry(pi*0.002189106904) q[1];
ry(pi*-0.002429667412) q[2];
ry(pi*0.002560974686) q[3];
ry(pi*-0.001399972965) q[4];
ry(pi*-0.001946551887) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00019902555) q[0];
ry(pi*0.003087945421) q[1];
ry(pi*-0.000939558777) q[2];
ry(pi*-0.004638307353) q[3];
ry(pi*0.002471526185) q[4];
ry(pi*-0.005681844643) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001861441178) q[0];
ry(pi*0.004349848958) q[1];
ry(pi*-0.002075453031) q[2];
ry(pi*0.002210062304) q[3];
ry(pi*0.00312634478) q[4];
ry(pi*0.006967067465) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000768675907) q[0];
ry(pi*-0.000968101571) q[1];
ry(pi*-0.003357510517) q[2];
ry(pi*-0.002405166776) q[3];
ry(pi*-9.286358e-06) q[4];
ry(pi*0.003205681993) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002849302347) q[0];
ry(pi*-0.004360267072) q[1];
ry(pi*0.008435150223) q[2];
ry(pi*0.000557002186) q[3];
ry(pi*0.001965930177) q[4];
ry(pi*0.000826877998) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
