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
ry(pi*0.000384121472) q[0];
ry(pi*0.003080941513) q[1];
ry(pi*-7.4580167e-05) q[2];
ry(pi*0.000249893895) q[3];
ry(pi*0.000106625452) q[4];
ry(pi*-0.470208398356) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001102295815) q[0];
ry(pi*0.023239180299) q[1];
ry(pi*0.000616677258) q[2];
ry(pi*0.001048838394) q[3];
ry(pi*0.010886120325) q[4];
ry(pi*0.009652803383) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.030168810383) q[0];
ry(pi*-0.001242344413) q[1];
ry(pi*0.144256621424) q[2];
ry(pi*-0.00131758366) q[3];
ry(pi*-0.002652969093) q[4];
ry(pi*0.000638170232) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.503009964445) q[0];
ry(pi*-0.000624104682) q[1];
ry(pi*0.006580626983) q[2];
ry(pi*0.025838318667) q[3];
ry(pi*0.002021819148) q[4];
ry(pi*0.000839539861) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.015934189818) q[0];
ry(pi*-0.18244152443) q[1];
ry(pi*-0.35195957204) q[2];
ry(pi*-0.476201851407) q[3];
ry(pi*-0.498529701858) q[4];
ry(pi*0.000929543093) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
