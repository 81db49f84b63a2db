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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002464277409) q[0];
ry(pi*0.027917987947) q[1];
ry(pi*-0.140986677845) q[2];
ry(pi*-1.0598014e-05) q[3];
ry(pi*-6.769e-09) q[4];
ry(pi*-9.128e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.164363076171) q[0];
ry(pi*-0.515130894037) q[1];
ry(pi*-0.023749250763) q[2];
ry(pi*-2.420075e-06) q[3];
ry(pi*0.013506746516) q[4];
ry(pi*1.1387e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.573718093844) q[0];
ry(pi*0.014913627932) q[1];
ry(pi*-0.027000669825) q[2];
ry(pi*-5.436067e-06) q[3];
ry(pi*-0.000421015277) q[4];
ry(pi*6.16588e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.122953583939) q[0];
ry(pi*-0.110461281784) q[1];
ry(pi*0.049015116572) q[2];
ry(pi*-0.020290931516) q[3];
ry(pi*-0.000853426208) q[4];
ry(pi*-0.003049282519) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.374695108894) q[0];
ry(pi*0.420059252195) q[1];
ry(pi*-0.008752034834) q[2];
ry(pi*-0.003071802578) q[3];
ry(pi*-0.000292882992) q[4];
ry(pi*-0.001951296556) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
