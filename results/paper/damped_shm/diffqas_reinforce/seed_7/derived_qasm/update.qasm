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
ry(pi*0.020373953888) q[0];
ry(pi*-0.010098475005) q[1];
ry(pi*0.053501844122) q[2];
ry(pi*0.013232848815) q[3];
ry(pi*-0.016582608372) q[4];
ry(pi*-0.000714006305) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.084755143878) q[0];
ry(pi*-0.179980683163) q[1];
ry(pi*-0.46503183593) q[2];
ry(pi*0.00449840498) q[3];
ry(pi*-0.002111370962) q[4];
ry(pi*-0.007947871958) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.01560510988) q[0];
ry(pi*0.14619243933) q[1];
ry(pi*0.082541925428) q[2];
ry(pi*-0.001051869291) q[3];
ry(pi*-0.042067557242) q[4];
ry(pi*-0.064499847926) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003942871662) q[0];
ry(pi*-0.222849568633) q[1];
ry(pi*0.14533446322) q[2];
ry(pi*0.511974094439) q[3];
ry(pi*0.483880653636) q[4];
ry(pi*0.001062642254) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004482685169) q[0];
ry(pi*0.010866989866) q[1];
ry(pi*-0.014115239294) q[2];
ry(pi*-0.00266443723) q[3];
ry(pi*-0.016423983157) q[4];
ry(pi*0.002076775639) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
