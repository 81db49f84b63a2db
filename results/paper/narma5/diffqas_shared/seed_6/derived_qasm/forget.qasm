// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.114656051949) q[0];
ry(pi*-0.085681061398) q[1];
ry(pi*-0.017951149423) q[2];
ry(pi*0.00351715611) q[3];
ry(pi*0.029002923179) q[4];
ry(pi*0.00558399744) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.119365144845) q[0];
ry(pi*-0.039475808759) q[1];
ry(pi*0.025755388787) q[2];
ry(pi*-0.022164324339) q[3];
ry(pi*0.012187931851) q[4];
ry(pi*-0.001647017705) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.132002199579) q[0];
ry(pi*-0.079697531093) q[1];
ry(pi*0.024321354997) q[2];
ry(pi*0.001700148958) q[3];
ry(pi*-0.008904099628) q[4];
ry(pi*0.005576906376) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.128727038495) q[0];
ry(pi*-0.057125847632) q[1];
ry(pi*-0.014651366455) q[2];
ry(pi*0.010476671829) q[3];
ry(pi*-0.001517437248) q[4];
ry(pi*-0.004001342409) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.084051814635) q[0];
ry(pi*-0.097265195039) q[1];
ry(pi*-0.017523874844) q[2];
ry(pi*-0.022855012989) q[3];
ry(pi*0.004642166825) q[4];
ry(pi*0.001255880282) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
