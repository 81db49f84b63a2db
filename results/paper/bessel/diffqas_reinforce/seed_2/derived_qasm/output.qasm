// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*1.51181e-07) q[0];
rx(pi*6.20558e-07) q[1];
rx(pi*9.7983e-08) q[2];
rx(pi*8.5123e-08) q[3];
rx(pi*4.0081514e-05) q[4];
rx(pi*-6.9819e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*2.548632e-06) q[0];
rx(pi*-6.8655e-08) q[1];
rx(pi*-1.1899691e-05) q[2];
rx(pi*-1.730119e-06) q[3];
rx(pi*5.00851e-07) q[4];
rx(pi*-2.89402e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-3.36352e-07) q[0];
rx(pi*6.1564e-07) q[1];
rx(pi*0.000254873167) q[2];
rx(pi*-9.12234e-07) q[3];
rx(pi*-0.000541692402) q[4];
rx(pi*-3.24719e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-2.10503e-06) q[0];
rx(pi*-1.34497e-06) q[1];
rx(pi*5.2132e-08) q[2];
rx(pi*1.508e-09) q[3];
rx(pi*-1.338567e-06) q[4];
rx(pi*1.796204e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-1.2284913e-05) q[0];
rx(pi*-0.00805612097) q[1];
rx(pi*-3.84565e-07) q[2];
rx(pi*5.364198e-06) q[3];
rx(pi*-5.678912e-06) q[4];
rx(pi*-0.003407694028) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
