// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
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
ry(pi*-0.010134246935) q[0];
ry(pi*-0.002530883315) q[1];
ry(pi*0.000719511367) q[2];
ry(pi*0.001672384566) q[3];
ry(pi*-0.017693102267) q[4];
ry(pi*-4.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003516985355) q[0];
ry(pi*0.000168848116) q[1];
ry(pi*-0.004346113698) q[2];
ry(pi*-0.001078395267) q[3];
ry(pi*5.0e-12) q[4];
ry(pi*6.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*4.970927e-06) q[0];
ry(pi*-1.5668551e-05) q[1];
ry(pi*5.4754947e-05) q[2];
ry(0) q[3];
ry(pi*-0.001152731678) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.017693524411) q[0];
ry(pi*-0.014187080789) q[1];
ry(pi*-2.0e-12) q[2];
ry(pi*5.0e-12) q[3];
ry(0) q[4];
ry(pi*5.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001992506105) q[0];
ry(pi*-1.0e-12) q[1];
ry(pi*0.294259443051) q[2];
ry(pi*-8.57031e-07) q[3];
ry(pi*0.000494686641) q[4];
ry(pi*-0.00240090028) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
