// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
rx(pi*-4.416639e-06) q[0];
rx(pi*-1.29255e-07) q[1];
rx(pi*1.185201e-06) q[2];
rx(pi*-4.07723e-07) q[3];
rx(pi*-0.000239290686) q[4];
rx(pi*6.1051685e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-1.96183e-07) q[0];
rx(pi*-2.322e-08) q[1];
rx(pi*-7.09536e-07) q[2];
rx(pi*-0.000138482817) q[3];
rx(pi*7.94929e-07) q[4];
rx(pi*7.94232e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*2.34124e-07) q[0];
rx(pi*-3.97345e-07) q[1];
rx(pi*4.840912e-06) q[2];
rx(pi*0.000114553402) q[3];
rx(pi*2.0457872e-05) q[4];
rx(pi*-0.000142292514) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-3.199445e-06) q[0];
rx(pi*6.4001146e-05) q[1];
rx(pi*-8.92535e-07) q[2];
rx(pi*1.97365e-07) q[3];
rx(pi*-7.05269e-07) q[4];
rx(pi*0.101636051276) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.047174442252) q[0];
rx(pi*-1.394092e-06) q[1];
rx(pi*-5.259237e-06) q[2];
rx(pi*-5.41122e-07) q[3];
rx(pi*-1.8078161e-05) q[4];
rx(pi*-0.000213477837) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
