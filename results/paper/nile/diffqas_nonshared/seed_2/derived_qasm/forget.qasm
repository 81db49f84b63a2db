// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
rz(pi*-0.005038205443) q[0];
rz(pi*0.001671569923) q[1];
rz(pi*0.000284227991) q[2];
rz(pi*0.000508424207) q[3];
rz(pi*0.002681385822) q[4];
rz(pi*-0.002693159894) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003932967295) q[0];
rz(pi*-0.005654334159) q[1];
rz(pi*-0.001066960629) q[2];
rz(pi*0.002419643724) q[3];
rz(pi*-0.000475619993) q[4];
rz(pi*0.002040773664) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003759391852) q[0];
rz(pi*-0.001493254406) q[1];
rz(pi*-0.002438045659) q[2];
rz(pi*-0.003973674807) q[3];
rz(pi*0.005918872959) q[4];
rz(pi*0.00271246674) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002424863453) q[0];
rz(pi*-0.002438297789) q[1];
rz(pi*-0.000182079737) q[2];
rz(pi*-0.004590210845) q[3];
rz(pi*0.001387293833) q[4];
rz(pi*-0.004119678994) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001179133665) q[0];
rz(pi*-0.003262112577) q[1];
rz(pi*-0.001527413949) q[2];
rz(pi*-0.004237193822) q[3];
rz(pi*-0.005006451585) q[4];
rz(pi*-0.003075320244) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
