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
rx(pi*-0.095510604819) q[0];
rx(pi*-0.001501264759) q[1];
rx(pi*-0.003956865546) q[2];
rx(pi*-0.000493524227) q[3];
rx(pi*-0.000815157583) q[4];
rx(pi*-0.000751893178) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.112622296719) q[0];
rx(pi*-0.006800287527) q[1];
rx(pi*-0.001747121628) q[2];
rx(pi*0.004091280348) q[3];
rx(pi*0.003707182111) q[4];
rx(pi*-0.001846608343) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.089171307036) q[0];
rx(pi*-0.005308788841) q[1];
rx(pi*-0.004339423433) q[2];
rx(pi*-0.006419204474) q[3];
rx(pi*-0.003540367784) q[4];
rx(pi*0.001465091733) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.113211751531) q[0];
rx(pi*0.002971331503) q[1];
rx(pi*0.002673324183) q[2];
rx(pi*-0.001126856111) q[3];
rx(pi*-0.000710436538) q[4];
rx(pi*-0.000687206039) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.089438699456) q[0];
rx(pi*-0.003542026714) q[1];
rx(pi*-4.6074049e-05) q[2];
rx(pi*-0.002340954549) q[3];
rx(pi*0.004134028024) q[4];
rx(pi*-0.001111269777) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
