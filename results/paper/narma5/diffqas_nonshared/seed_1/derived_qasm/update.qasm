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
rz(pi*0.003793338248) q[0];
rz(pi*-0.003431596725) q[1];
rz(pi*0.006972310466) q[2];
rz(pi*0.001086366712) q[3];
rz(pi*0.000751593097) q[4];
rz(pi*-0.003333206131) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.007789053459) q[0];
rz(pi*-0.002512131719) q[1];
rz(pi*5.4399898e-05) q[2];
rz(pi*-0.000654690011) q[3];
rz(pi*-0.003225737077) q[4];
rz(pi*-0.001357996798) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003647764208) q[0];
rz(pi*0.000532760017) q[1];
rz(pi*0.000421579901) q[2];
rz(pi*0.000356270775) q[3];
rz(pi*0.000288107825) q[4];
rz(pi*-0.002048593994) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001001362502) q[0];
rz(pi*0.001690070576) q[1];
rz(pi*0.004740520363) q[2];
rz(pi*0.001870029904) q[3];
rz(pi*-0.001416268184) q[4];
rz(pi*-0.001028746477) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002453842991) q[0];
rz(pi*-0.003652982307) q[1];
rz(pi*-0.00222583014) q[2];
rz(pi*-1.9255278e-05) q[3];
rz(pi*-0.002796364824) q[4];
rz(pi*0.00096368937) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
