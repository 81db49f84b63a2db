// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-4.38339e-07) q[0];
rx(pi*-1.457e-09) q[1];
rx(pi*1.63e-10) q[2];
rx(pi*-1.382e-09) q[3];
rx(pi*1.0996e-08) q[4];
rx(pi*2.39853e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-2.265e-09) q[0];
rx(pi*5.73e-10) q[1];
rx(pi*2.587e-09) q[2];
rx(pi*1.1553e-08) q[3];
rx(pi*1.68e-10) q[4];
rx(pi*-6.98e-10) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-3.59e-10) q[0];
rx(pi*-6.0e-12) q[1];
rx(pi*-5.16e-10) q[2];
rx(pi*1.36051e-07) q[3];
rx(pi*7.368e-09) q[4];
rx(pi*-0.001296865419) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*1.160419e-06) q[0];
rx(pi*-2.1223e-08) q[1];
rx(pi*2.072e-09) q[2];
rx(pi*-2.2e-10) q[3];
rx(pi*-1.8e-11) q[4];
rx(pi*2.3e-11) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(0) q[0];
rx(pi*0.001742592626) q[1];
rx(pi*0.000362039268) q[2];
rx(pi*-2.89e-10) q[3];
rx(pi*1.056e-09) q[4];
rx(pi*-0.008603274855) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
