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
rx(pi*-8.5083e-08) q[0];
rx(pi*1.54384e-07) q[1];
rx(pi*-4.26647e-07) q[2];
rx(pi*5.3896e-08) q[3];
rx(pi*-5.4901e-08) q[4];
rx(pi*1.59919e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-4.360689e-06) q[0];
rx(pi*-4.3986e-07) q[1];
rx(pi*1.595e-09) q[2];
rx(pi*-1.377e-09) q[3];
rx(pi*2.242e-09) q[4];
rx(pi*2.1094e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-4.9232483e-05) q[0];
rx(pi*-1.129783e-06) q[1];
rx(pi*-8.07e-10) q[2];
rx(pi*1.6426e-07) q[3];
rx(pi*-1.419e-08) q[4];
rx(pi*-0.000450531795) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*1.206e-08) q[0];
rx(pi*-1.62264e-07) q[1];
rx(pi*9.11e-10) q[2];
rx(pi*1.725e-09) q[3];
rx(pi*0.007849380274) q[4];
rx(pi*0.258742781904) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.025721301874) q[0];
rx(pi*-0.002070590968) q[1];
rx(pi*1.21192e-07) q[2];
rx(pi*-1.9061e-08) q[3];
rx(pi*-0.000347883486) q[4];
rx(pi*-0.002454334949) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
