// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.089622052089) q[0];
rx(pi*0.052035819908) q[1];
rx(pi*0.001766574475) q[2];
rx(pi*-0.005769350513) q[3];
rx(pi*0.011730636456) q[4];
rx(pi*-0.000745819008) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.129445384668) q[0];
rx(pi*0.05130432562) q[1];
rx(pi*-0.004558823102) q[2];
rx(pi*-0.007010165248) q[3];
rx(pi*-0.000891531341) q[4];
rx(pi*-0.002299750929) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.06706532864) q[0];
rx(pi*0.049326464105) q[1];
rx(pi*0.00799556411) q[2];
rx(pi*0.004347729939) q[3];
rx(pi*-0.005339029029) q[4];
rx(pi*0.00150308303) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.132198776218) q[0];
rx(pi*0.052326453943) q[1];
rx(pi*-0.001009961604) q[2];
rx(pi*0.001473453972) q[3];
rx(pi*0.002139560315) q[4];
rx(pi*-0.003920623151) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.082737581888) q[0];
rx(pi*0.051727844781) q[1];
rx(pi*0.005977993819) q[2];
rx(pi*-0.005603402411) q[3];
rx(pi*-0.006926184751) q[4];
rx(pi*0.000252957735) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
