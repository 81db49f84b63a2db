// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.030359911972) q[0];
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
rz(pi*0.004306444944) q[0];
rz(pi*0.000129019094) q[1];
rz(pi*-0.004825622623) q[2];
rz(pi*-0.002012455208) q[3];
rz(pi*0.000908692488) q[4];
rz(pi*0.003223436038) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000469624753) q[0];
rz(pi*-0.00189526351) q[1];
rz(pi*0.00142814542) q[2];
rz(pi*0.001315083407) q[3];
rz(pi*-0.002895549309) q[4];
rz(pi*0.000159461683) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004292967475) q[0];
rz(pi*0.000319440077) q[1];
rz(pi*-0.001666391104) q[2];
rz(pi*-0.004611618626) q[3];
rz(pi*-0.001931134602) q[4];
rz(pi*0.000515418592) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-8.374846e-05) q[0];
rz(pi*0.002727863422) q[1];
rz(pi*0.00183124442) q[2];
rz(pi*0.002914461284) q[3];
rz(pi*-0.001616603946) q[4];
rz(pi*-0.001680501344) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004255118622) q[0];
rz(pi*-0.001259538465) q[1];
rz(pi*-0.004949639174) q[2];
rz(pi*0.000541665573) q[3];
rz(pi*-0.003675445744) q[4];
rz(pi*-0.005030806664) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
