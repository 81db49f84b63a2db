// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001159894854) q[0];
ry(pi*-0.000320434997) q[1];
ry(pi*-6.0420188e-05) q[2];
ry(pi*-0.000620119775) q[3];
ry(pi*-0.001277415833) q[4];
ry(pi*0.000152147754) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00415030012) q[0];
ry(pi*-0.001282676768) q[1];
ry(pi*0.001840854709) q[2];
ry(pi*-0.002264503121) q[3];
ry(pi*-0.000924438016) q[4];
ry(pi*-0.001725887269) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003283424012) q[0];
ry(pi*0.000138372436) q[1];
ry(pi*-0.004035354024) q[2];
ry(pi*-0.000799037269) q[3];
ry(pi*0.001112481365) q[4];
ry(pi*0.000613611344) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001843873896) q[0];
ry(pi*0.001323045588) q[1];
ry(pi*0.001354318457) q[2];
ry(pi*-0.000134267347) q[3];
ry(pi*0.002795543363) q[4];
ry(pi*0.007274511948) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.034856981082) q[0];
ry(pi*0.039532874041) q[1];
ry(pi*0.011400349378) q[2];
ry(pi*0.084231211451) q[3];
ry(pi*-0.033014765226) q[4];
ry(pi*0.007632871578) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
