// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
rz(pi*0.00379961882) q[0];
rz(pi*0.005320248974) q[1];
rz(pi*-0.000995091713) q[2];
rz(pi*0.002125456152) q[3];
rz(pi*0.001677711757) q[4];
rz(pi*0.000570355258) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001049686461) q[0];
rz(pi*-0.000115193538) q[1];
rz(pi*-0.006317800474) q[2];
rz(pi*0.000213828647) q[3];
rz(pi*-0.003533772679) q[4];
rz(pi*-0.002152692273) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000332632362) q[0];
rz(pi*-0.000730903835) q[1];
rz(pi*-0.00055233426) q[2];
rz(pi*0.004813694694) q[3];
rz(pi*-0.000183910106) q[4];
rz(pi*0.002488212716) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001676871472) q[0];
rz(pi*0.002934187013) q[1];
rz(pi*-0.001884405614) q[2];
rz(pi*-0.000646574492) q[3];
rz(pi*0.006254580314) q[4];
rz(pi*-0.004193764906) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.007680679345) q[0];
rz(pi*0.003256222132) q[1];
rz(pi*0.002759277549) q[2];
rz(pi*-0.002911974669) q[3];
rz(pi*0.001046667719) q[4];
rz(pi*-0.002949093071) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
