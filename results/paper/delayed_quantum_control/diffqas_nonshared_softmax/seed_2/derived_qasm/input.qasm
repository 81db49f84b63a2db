// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
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
ry(pi*0.542155182561) q[0];
ry(pi*-0.393111082334) q[1];
ry(pi*-1.675724e-06) q[2];
ry(pi*1.1010944e-05) q[3];
ry(pi*0.009482837208) q[4];
ry(pi*-4.91551e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.414357865622) q[0];
ry(pi*-8.47609e-07) q[1];
ry(pi*-0.032439748675) q[2];
ry(pi*3.69044e-07) q[3];
ry(pi*2.4541226e-05) q[4];
ry(pi*-0.000226190226) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.4178e-08) q[0];
ry(pi*-4.68246e-07) q[1];
ry(pi*1.8609e-08) q[2];
ry(pi*8.539e-09) q[3];
ry(pi*0.016945335291) q[4];
ry(pi*-3.02e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.014856772536) q[0];
ry(pi*0.002245478643) q[1];
ry(pi*-3.8703e-08) q[2];
ry(pi*7.13e-10) q[3];
ry(pi*1.1057e-08) q[4];
ry(pi*3.588e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001431109912) q[0];
ry(pi*0.01121085906) q[1];
ry(pi*-0.003135432134) q[2];
ry(pi*-0.009832782425) q[3];
ry(pi*-0.286916325647) q[4];
ry(pi*-0.002736150066) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
