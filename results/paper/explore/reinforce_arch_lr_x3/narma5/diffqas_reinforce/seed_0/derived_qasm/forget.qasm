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
rx(pi*0.09092730124) q[0];
rx(pi*0.005065543393) q[1];
rx(pi*0.003021825099) q[2];
rx(pi*-0.000912940086) q[3];
rx(pi*-0.002726203603) q[4];
rx(pi*-0.003084463626) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.102422111185) q[0];
rx(pi*-0.002946262871) q[1];
rx(pi*-0.002702337368) q[2];
rx(pi*0.002780581276) q[3];
rx(pi*0.001030677028) q[4];
rx(pi*-0.001255956321) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.105712839409) q[0];
rx(pi*0.002882670963) q[1];
rx(pi*-0.003633170311) q[2];
rx(pi*-0.001639634342) q[3];
rx(pi*0.002880207174) q[4];
rx(pi*0.002288440207) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.097939505465) q[0];
rx(pi*0.002495648848) q[1];
rx(pi*-0.003736713489) q[2];
rx(pi*-0.004518877167) q[3];
rx(pi*-0.002887952799) q[4];
rx(pi*0.000390068687) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.102753754815) q[0];
rx(pi*-0.002765934908) q[1];
rx(pi*-0.003095583138) q[2];
rx(pi*-0.001680713157) q[3];
rx(pi*-0.003318613716) q[4];
rx(pi*0.001169680419) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
