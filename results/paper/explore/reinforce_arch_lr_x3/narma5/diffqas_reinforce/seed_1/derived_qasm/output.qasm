// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005327377984) q[0];
ry(pi*-0.000969102606) q[1];
ry(pi*0.001101290408) q[2];
ry(pi*-0.001437689898) q[3];
ry(pi*-0.000479104901) q[4];
ry(pi*-0.00314970379) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.012027402247) q[0];
ry(pi*-0.01623155325) q[1];
ry(pi*-0.010026051284) q[2];
ry(pi*0.01724599761) q[3];
ry(pi*-0.000743050914) q[4];
ry(pi*0.002282239528) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004087633727) q[0];
ry(pi*-0.003014889374) q[1];
ry(pi*-0.008491372403) q[2];
ry(pi*0.008481366058) q[3];
ry(pi*0.004015643711) q[4];
ry(pi*-0.013437969119) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003437268391) q[0];
ry(pi*0.002176204843) q[1];
ry(pi*0.00319822096) q[2];
ry(pi*-0.001780448149) q[3];
ry(pi*-0.00161264546) q[4];
ry(pi*-0.002588584777) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.056205161848) q[0];
ry(pi*0.019834498195) q[1];
ry(pi*0.036988097338) q[2];
ry(pi*0.011836178294) q[3];
ry(pi*-0.127279892164) q[4];
ry(pi*3.7144286e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
