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
ry(pi*-0.116830565994) q[0];
ry(pi*0.041643985906) q[1];
ry(pi*-0.001431564072) q[2];
ry(pi*0.00450788246) q[3];
ry(pi*-0.001594084036) q[4];
ry(pi*0.004797258069) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.111305227547) q[0];
ry(pi*-0.084490350725) q[1];
ry(pi*-0.006431934595) q[2];
ry(pi*-0.003836219918) q[3];
ry(pi*0.003675321235) q[4];
ry(pi*-0.002523899269) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.124221333454) q[0];
ry(pi*0.011093341861) q[1];
ry(pi*0.000465063994) q[2];
ry(pi*-0.000162395844) q[3];
ry(pi*0.002770457833) q[4];
ry(pi*0.003142169534) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.120325725574) q[0];
ry(pi*-0.055007934036) q[1];
ry(pi*-0.003599493091) q[2];
ry(pi*0.000228405257) q[3];
ry(pi*-0.003662499215) q[4];
ry(pi*-0.003820519377) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.117835732681) q[0];
ry(pi*-0.023526411098) q[1];
ry(pi*0.001961664421) q[2];
ry(pi*0.00807899321) q[3];
ry(pi*0.002501399073) q[4];
ry(pi*-0.000363326303) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
