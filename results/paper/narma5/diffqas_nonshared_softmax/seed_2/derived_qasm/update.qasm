// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.093180779861) q[0];
rx(pi*0.045252820704) q[1];
rx(pi*0.001764092454) q[2];
rx(pi*-0.005769381344) q[3];
rx(pi*0.011730617483) q[4];
rx(pi*-0.000746791436) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.123934892396) q[0];
rx(pi*0.044520458414) q[1];
rx(pi*-0.004560817315) q[2];
rx(pi*-0.007009842711) q[3];
rx(pi*-0.000891364811) q[4];
rx(pi*-0.002300230139) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.070640975359) q[0];
rx(pi*0.042543740007) q[1];
rx(pi*0.007993099431) q[2];
rx(pi*0.004347506713) q[3];
rx(pi*-0.00533965928) q[4];
rx(pi*0.001503103633) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.126685627761) q[0];
rx(pi*0.045542060243) q[1];
rx(pi*-0.001012198239) q[2];
rx(pi*0.0014734015) q[3];
rx(pi*0.002139731959) q[4];
rx(pi*-0.003920530362) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.086296812438) q[0];
rx(pi*0.04494498313) q[1];
rx(pi*0.005975737248) q[2];
rx(pi*-0.005603442135) q[3];
rx(pi*-0.006926232776) q[4];
rx(pi*0.000252963497) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
