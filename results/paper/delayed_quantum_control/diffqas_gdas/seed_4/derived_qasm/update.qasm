// DiffQAS-QLSTM derived circuit, update gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*9.5813849e-05) q[0];
rx(pi*-0.014267487294) q[1];
rx(pi*-0.242989235174) q[2];
rx(pi*0.250231834961) q[3];
rx(pi*0.001910342398) q[4];
rx(pi*0.001004776337) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*9.077546e-06) q[0];
rx(pi*0.001762519347) q[1];
rx(pi*0.021448292841) q[2];
rx(pi*-0.499843299018) q[3];
rx(pi*-0.241421080659) q[4];
rx(pi*-0.000439657632) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.223042312777) q[0];
rx(pi*0.503025749771) q[1];
rx(pi*-0.504226193463) q[2];
rx(pi*1.5795401e-05) q[3];
rx(pi*-0.000667815817) q[4];
rx(pi*-0.000791221461) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*8.87782e-07) q[0];
rx(pi*-0.002691932298) q[1];
rx(pi*-0.003661333873) q[2];
rx(pi*5.6020776e-05) q[3];
rx(pi*-0.245427954217) q[4];
rx(pi*0.007722950627) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000180102976) q[0];
rx(pi*-0.479615504063) q[1];
rx(pi*-0.248284415219) q[2];
rx(pi*0.249194594845) q[3];
rx(pi*-0.002742194961) q[4];
rx(pi*-0.00470756559) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
