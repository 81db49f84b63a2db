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
rx(pi*0.096460930778) q[0];
rx(pi*-0.001116339725) q[1];
rx(pi*-0.003114733162) q[2];
rx(pi*-0.002574584965) q[3];
rx(pi*0.003376931199) q[4];
rx(pi*-0.002570429636) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.102919984544) q[0];
rx(pi*0.003219541289) q[1];
rx(pi*-0.001857642182) q[2];
rx(pi*-0.000355577084) q[3];
rx(pi*0.000351606481) q[4];
rx(pi*0.000203051571) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.097431348877) q[0];
rx(pi*0.000646797274) q[1];
rx(pi*0.004325303855) q[2];
rx(pi*-0.004924706316) q[3];
rx(pi*0.002735500249) q[4];
rx(pi*0.000379933756) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.100982544468) q[0];
rx(pi*0.006771961807) q[1];
rx(pi*0.002426352073) q[2];
rx(pi*-0.003817452313) q[3];
rx(pi*0.000237192808) q[4];
rx(pi*0.001835651433) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.100730681242) q[0];
rx(pi*0.002578190083) q[1];
rx(pi*-0.000211733437) q[2];
rx(pi*0.002123913431) q[3];
rx(pi*0.00457895882) q[4];
rx(pi*-0.002150699541) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
