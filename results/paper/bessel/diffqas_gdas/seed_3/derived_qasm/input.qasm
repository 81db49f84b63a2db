// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
rx(pi*-0.003251515705) q[0];
rx(pi*0.002413419181) q[1];
rx(pi*-0.004052033441) q[2];
rx(pi*-0.000570668086) q[3];
rx(pi*-0.008837383146) q[4];
rx(pi*-0.00177739324) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*8.1354614e-05) q[0];
rx(pi*-0.000126536202) q[1];
rx(pi*-0.009653581858) q[2];
rx(pi*0.009184695301) q[3];
rx(pi*-0.012917517005) q[4];
rx(pi*-0.002147580303) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000514682435) q[0];
rx(pi*0.003496284901) q[1];
rx(pi*-0.007264268443) q[2];
rx(pi*-0.002298244375) q[3];
rx(pi*-0.010369986882) q[4];
rx(pi*-0.002912601955) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-4.9283523e-05) q[0];
rx(pi*-0.001595195572) q[1];
rx(pi*0.000254054263) q[2];
rx(pi*0.007441834389) q[3];
rx(pi*-0.007668673153) q[4];
rx(pi*0.005987489679) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002561973423) q[0];
rx(pi*-0.004194224106) q[1];
rx(pi*-0.001244393025) q[2];
rx(pi*-0.004106438092) q[3];
rx(pi*-0.014660039372) q[4];
rx(pi*0.002386412364) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
