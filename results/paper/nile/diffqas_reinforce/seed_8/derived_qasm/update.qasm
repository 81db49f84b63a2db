// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*-0.002981565818) q[0];
rx(pi*-0.007034304512) q[1];
rx(pi*0.195217279436) q[2];
rx(pi*-0.00110985942) q[3];
rx(pi*0.005615905451) q[4];
rx(pi*-0.001092158291) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000479966309) q[0];
rx(pi*0.00265695841) q[1];
rx(pi*0.209066455588) q[2];
rx(pi*0.000534615307) q[3];
rx(pi*0.004367418612) q[4];
rx(pi*-0.0017606114) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000336379739) q[0];
rx(pi*0.010374564058) q[1];
rx(pi*0.190962906384) q[2];
rx(pi*0.001629704332) q[3];
rx(pi*0.005003957854) q[4];
rx(pi*0.00176215842) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000443521958) q[0];
rx(pi*-0.002540393109) q[1];
rx(pi*0.214693639745) q[2];
rx(pi*0.001303464082) q[3];
rx(pi*0.004012491567) q[4];
rx(pi*-0.001515738891) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002633265005) q[0];
rx(pi*-0.003010304788) q[1];
rx(pi*0.19189443035) q[2];
rx(pi*-0.002934686826) q[3];
rx(pi*0.001172496983) q[4];
rx(pi*-0.001548374536) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
