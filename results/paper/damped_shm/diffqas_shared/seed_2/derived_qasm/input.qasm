// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.003469878987) q[0];
ry(pi*-0.026255095388) q[1];
ry(pi*-0.041068267364) q[2];
ry(pi*0.021856600601) q[3];
ry(pi*-0.457451046915) q[4];
ry(pi*0.507212086549) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007339976228) q[0];
ry(pi*0.218090349737) q[1];
ry(pi*-0.049050083346) q[2];
ry(pi*0.000957231595) q[3];
ry(pi*0.006023718734) q[4];
ry(pi*0.001682974916) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.047811613524) q[0];
ry(pi*-0.002351356951) q[1];
ry(pi*-0.514144387047) q[2];
ry(pi*-0.008581739008) q[3];
ry(pi*-0.467385215554) q[4];
ry(pi*0.008560107111) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.504883257661) q[0];
ry(pi*0.020814178553) q[1];
ry(pi*-0.003977950197) q[2];
ry(pi*0.100803384811) q[3];
ry(pi*-0.00478113064) q[4];
ry(pi*-0.031770281043) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.121978422653) q[0];
ry(pi*-0.157121595776) q[1];
ry(pi*-0.46179755163) q[2];
ry(pi*-0.275780499061) q[3];
ry(pi*-0.000400525042) q[4];
ry(pi*-0.002454337617) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
