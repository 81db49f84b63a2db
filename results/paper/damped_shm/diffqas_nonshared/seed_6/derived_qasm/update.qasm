// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.042692761453) q[0];
ry(pi*0.009813413621) q[1];
ry(pi*0.03539070819) q[2];
ry(pi*-0.003785704681) q[3];
ry(pi*-0.031152265131) q[4];
ry(pi*0.004318837705) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.083758163932) q[0];
ry(pi*-0.22560911684) q[1];
ry(pi*-0.473693350598) q[2];
ry(pi*0.005483061236) q[3];
ry(pi*0.001822579951) q[4];
ry(pi*0.006026849237) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.031205146922) q[0];
ry(pi*-0.098620105357) q[1];
ry(pi*-0.172603130222) q[2];
ry(pi*-0.003905240699) q[3];
ry(pi*0.03311377451) q[4];
ry(pi*0.118569683939) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009421008581) q[0];
ry(pi*0.260691226174) q[1];
ry(pi*0.183960710283) q[2];
ry(pi*0.504474167275) q[3];
ry(pi*0.50297167744) q[4];
ry(pi*-0.002218854246) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013106149992) q[0];
ry(pi*-0.018535620331) q[1];
ry(pi*0.013923206628) q[2];
ry(pi*-0.01965510138) q[3];
ry(pi*0.006723397502) q[4];
ry(pi*0.000607158498) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
