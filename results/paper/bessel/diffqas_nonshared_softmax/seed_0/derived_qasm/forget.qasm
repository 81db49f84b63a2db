// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.10446359781) q[0];
ry(pi*0.072717571053) q[1];
ry(pi*-0.442302787755) q[2];
ry(pi*-0.011061480689) q[3];
ry(pi*0.044815887811) q[4];
ry(pi*-0.020936249211) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.195577021705) q[0];
ry(pi*0.377064880972) q[1];
ry(pi*-0.355047842073) q[2];
ry(pi*0.001671791667) q[3];
ry(pi*0.025166892099) q[4];
ry(pi*-0.015660498446) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.061251509564) q[0];
ry(pi*-0.210686785159) q[1];
ry(pi*0.403345665459) q[2];
ry(pi*0.027627602929) q[3];
ry(pi*0.05710270088) q[4];
ry(pi*0.002901171468) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.130420251876) q[0];
ry(pi*0.467795937596) q[1];
ry(pi*-0.314855347256) q[2];
ry(pi*0.188266480509) q[3];
ry(pi*-0.054626956519) q[4];
ry(pi*0.004244770174) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.271980750989) q[0];
ry(pi*0.015876418987) q[1];
ry(pi*0.461272006519) q[2];
ry(pi*0.361921668563) q[3];
ry(pi*0.400144849087) q[4];
ry(pi*-0.00363590713) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
