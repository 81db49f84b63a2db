// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(pi*6.3131744e-05) q[1];
rx(pi*-0.004409901262) q[2];
rx(pi*0.0047005768) q[3];
rx(pi*-0.001595572507) q[4];
rx(pi*0.004024238069) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.99999714397) q[0];
rx(pi*-6.8173e-08) q[1];
rx(pi*-0.000648567668) q[2];
rx(pi*0.001389421301) q[3];
rx(pi*-0.002893853323) q[4];
rx(pi*-0.001194123173) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*2.37021e-07) q[0];
rx(pi*-6.24e-10) q[1];
rx(pi*-0.002726626339) q[2];
rx(pi*0.001799866904) q[3];
rx(pi*-0.000174186888) q[4];
rx(pi*0.003704093407) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-5.4654e-08) q[0];
rx(pi*3.2655867e-05) q[1];
rx(pi*-0.058642576514) q[2];
rx(pi*0.066632024285) q[3];
rx(pi*-0.007229895753) q[4];
rx(pi*-0.010606339887) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*3.9e-11) q[0];
rx(pi*2.0310222e-05) q[1];
rx(pi*-0.001203410778) q[2];
rx(pi*-0.001126818833) q[3];
rx(pi*0.001829858816) q[4];
rx(pi*-0.002817689303) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
