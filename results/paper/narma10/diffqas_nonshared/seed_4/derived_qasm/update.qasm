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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.013969974451) q[0];
ry(pi*-0.031100934363) q[1];
ry(pi*0.058772658416) q[2];
ry(pi*-0.004332461028) q[3];
ry(pi*-0.177789216968) q[4];
ry(pi*-0.430369460693) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.023487939109) q[0];
ry(pi*0.380966968044) q[1];
ry(pi*0.059957117568) q[2];
ry(pi*0.329289605002) q[3];
ry(pi*0.384824393269) q[4];
ry(pi*-0.227314596103) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.019191456044) q[0];
ry(pi*-0.02647346697) q[1];
ry(pi*-0.073155571163) q[2];
ry(pi*0.043284967313) q[3];
ry(pi*-0.01879027255) q[4];
ry(pi*-0.071294197576) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.017040506151) q[0];
ry(pi*-0.005081722404) q[1];
ry(pi*0.180171340304) q[2];
ry(pi*0.039055994027) q[3];
ry(pi*0.214900670368) q[4];
ry(pi*-0.013245690994) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.010956430956) q[0];
ry(pi*-0.016170647172) q[1];
ry(pi*0.096626031628) q[2];
ry(pi*0.00902748237) q[3];
ry(pi*0.001875477306) q[4];
ry(pi*-0.006335496711) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
