// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.200247732732) q[0];
ry(pi*-0.165041598546) q[1];
ry(pi*0.082237526664) q[2];
ry(pi*-0.031672263085) q[3];
ry(pi*-0.00367466964) q[4];
ry(pi*-0.400551700688) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.308376305701) q[0];
ry(pi*-0.320008250666) q[1];
ry(pi*-0.079542030453) q[2];
ry(pi*-0.005284076244) q[3];
ry(pi*0.008607045096) q[4];
ry(pi*0.165688151842) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.08451589753) q[0];
ry(pi*0.031123685059) q[1];
ry(pi*-0.009391915651) q[2];
ry(pi*-0.041777629941) q[3];
ry(pi*-0.01060649404) q[4];
ry(pi*-0.096136971111) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.091460416477) q[0];
ry(pi*-0.481564536489) q[1];
ry(pi*-0.027074070643) q[2];
ry(pi*-0.00113482259) q[3];
ry(pi*-0.002978184222) q[4];
ry(pi*0.029185301088) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.036761180904) q[0];
ry(pi*0.227546196434) q[1];
ry(pi*0.183493885826) q[2];
ry(pi*0.017416755896) q[3];
ry(pi*-0.469907907978) q[4];
ry(pi*-0.000435130334) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
