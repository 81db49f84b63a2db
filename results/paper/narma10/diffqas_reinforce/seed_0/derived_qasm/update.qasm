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
rz(pi*-0.004322066334) q[0];
rz(pi*-0.00036626693) q[1];
rz(pi*0.001253316145) q[2];
rz(pi*0.002745539501) q[3];
rz(pi*0.006493878837) q[4];
rz(pi*-0.000847973914) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005204506319) q[0];
rz(pi*0.000349274982) q[1];
rz(pi*0.000884458879) q[2];
rz(pi*-0.002755706818) q[3];
rz(pi*0.001321411856) q[4];
rz(pi*0.006342095077) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006839568822) q[0];
rz(pi*0.001842726341) q[1];
rz(pi*0.001481037735) q[2];
rz(pi*0.00171006133) q[3];
rz(pi*-0.005728024311) q[4];
rz(pi*-0.002812882676) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002547504925) q[0];
rz(pi*-0.001566463866) q[1];
rz(pi*-0.002211459914) q[2];
rz(pi*-0.004493831955) q[3];
rz(pi*0.000961906672) q[4];
rz(pi*-0.003117698247) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.009405393417) q[0];
rz(pi*0.001242348118) q[1];
rz(pi*0.001844927032) q[2];
rz(pi*0.001079894337) q[3];
rz(pi*-0.002786934775) q[4];
rz(pi*-0.001599531141) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
