// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.199475409092) q[0];
rx(pi*0.091203620337) q[1];
rx(pi*0.00509578121) q[2];
rx(pi*-0.005109100079) q[3];
rx(pi*-0.00593504189) q[4];
rx(pi*0.000247689684) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.013296241508) q[0];
rx(pi*0.097806534963) q[1];
rx(pi*-0.00164921973) q[2];
rx(pi*-0.009246424914) q[3];
rx(pi*-0.001840606285) q[4];
rx(pi*0.004556859126) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.136321070487) q[0];
rx(pi*0.094259238272) q[1];
rx(pi*-0.005235725976) q[2];
rx(pi*-0.004425580756) q[3];
rx(pi*-0.006695329694) q[4];
rx(pi*0.002940963545) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.013504906159) q[0];
rx(pi*0.088844321216) q[1];
rx(pi*0.001268992526) q[2];
rx(pi*-0.00580858912) q[3];
rx(pi*-0.006880657865) q[4];
rx(pi*-0.000900273702) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.15109579419) q[0];
rx(pi*0.098554715782) q[1];
rx(pi*-0.000726567005) q[2];
rx(pi*-0.002371791045) q[3];
rx(pi*-0.006043037734) q[4];
rx(pi*-0.003484147679) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
