// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.174667801544) q[0];
rx(pi*-0.097120727052) q[1];
rx(pi*6.0365984e-05) q[2];
rx(pi*-0.029040358782) q[3];
rx(pi*0.005075084907) q[4];
rx(pi*-0.001440633194) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.150418334288) q[0];
rx(pi*-0.119881336392) q[1];
rx(pi*-0.021660294324) q[2];
rx(pi*-0.032792544547) q[3];
rx(pi*-0.004993574425) q[4];
rx(pi*0.004489601921) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.145479064017) q[0];
rx(pi*-0.107841515296) q[1];
rx(pi*0.007897018472) q[2];
rx(pi*-0.029505544468) q[3];
rx(pi*-0.000657178109) q[4];
rx(pi*0.004432363216) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.240504734891) q[0];
rx(pi*-0.083209377205) q[1];
rx(pi*-0.02090950238) q[2];
rx(pi*-0.028752909797) q[3];
rx(pi*-0.003370533826) q[4];
rx(pi*0.00745878476) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.114024249964) q[0];
rx(pi*-0.09174875481) q[1];
rx(pi*0.007913615476) q[2];
rx(pi*-0.03396618449) q[3];
rx(pi*0.003878897928) q[4];
rx(pi*-0.003728210734) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
