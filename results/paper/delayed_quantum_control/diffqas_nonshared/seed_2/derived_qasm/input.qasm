// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*5.0265136e-05) q[0];
ry(pi*-0.297913859876) q[1];
ry(pi*0.080670899455) q[2];
ry(pi*4.73605e-07) q[3];
ry(pi*-6.165e-09) q[4];
ry(pi*2.1748045e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.50897e-06) q[0];
ry(pi*0.502210756421) q[1];
ry(pi*-0.500284225674) q[2];
ry(pi*0.500000013914) q[3];
ry(pi*2.074297e-06) q[4];
ry(pi*1.7635e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.535506562587) q[0];
ry(pi*-2.23327e-07) q[1];
ry(pi*2.157e-09) q[2];
ry(pi*7.18245e-07) q[3];
ry(pi*0.167691123789) q[4];
ry(pi*-0.499996409092) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*2.0206e-07) q[0];
ry(pi*-3.62102e-07) q[1];
ry(pi*-0.042185463382) q[2];
ry(pi*1.807e-09) q[3];
ry(pi*0.324831654367) q[4];
ry(pi*-0.000138893436) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-5.647e-09) q[0];
ry(pi*-4.732593e-06) q[1];
ry(pi*0.049341594871) q[2];
ry(pi*-0.008362727095) q[3];
ry(pi*0.191926665048) q[4];
ry(pi*0.006143379854) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
