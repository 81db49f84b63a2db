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
rx(pi*1.51194e-07) q[0];
rx(pi*6.2057e-07) q[1];
rx(pi*9.7992e-08) q[2];
rx(pi*8.5115e-08) q[3];
rx(pi*4.0080462e-05) q[4];
rx(pi*-6.98149e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*2.548631e-06) q[0];
rx(pi*-6.8415e-08) q[1];
rx(pi*-1.1899316e-05) q[2];
rx(pi*-1.730066e-06) q[3];
rx(pi*5.0093e-07) q[4];
rx(pi*-2.89485e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-3.36269e-07) q[0];
rx(pi*6.15624e-07) q[1];
rx(pi*0.000254862958) q[2];
rx(pi*-9.12195e-07) q[3];
rx(pi*-0.000541656828) q[4];
rx(pi*-3.24752e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-2.105006e-06) q[0];
rx(pi*-1.344861e-06) q[1];
rx(pi*5.2144e-08) q[2];
rx(pi*1.564e-09) q[3];
rx(pi*-1.338507e-06) q[4];
rx(pi*1.796071e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-1.2284557e-05) q[0];
rx(pi*-0.008055803176) q[1];
rx(pi*-3.84564e-07) q[2];
rx(pi*5.364506e-06) q[3];
rx(pi*-5.679721e-06) q[4];
rx(pi*-0.003407699364) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
