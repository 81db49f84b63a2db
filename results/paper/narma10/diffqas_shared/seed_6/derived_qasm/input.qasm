// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.007362817638) q[0];
rz(pi*0.00936213911) q[1];
rz(pi*-0.010732080586) q[2];
rz(pi*-0.008644480106) q[3];
rz(pi*0.018781912683) q[4];
rz(pi*-0.004075618642) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.008605621547) q[0];
rz(pi*-0.029514271932) q[1];
rz(pi*0.028030124) q[2];
rz(pi*-0.021000789756) q[3];
rz(pi*-0.00592280091) q[4];
rz(pi*0.00229947286) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.022432036924) q[0];
rz(pi*0.009237522545) q[1];
rz(pi*0.004199330443) q[2];
rz(pi*-0.002608733539) q[3];
rz(pi*-0.009395258412) q[4];
rz(pi*-0.001506792795) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.012551295543) q[0];
rz(pi*0.008093258345) q[1];
rz(pi*-0.00615869264) q[2];
rz(pi*0.012055470055) q[3];
rz(pi*-0.003168603908) q[4];
rz(pi*-0.000811119648) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.013155443562) q[0];
rz(pi*-0.004390660228) q[1];
rz(pi*-0.011679892657) q[2];
rz(pi*-0.007635074789) q[3];
rz(pi*-0.009079533511) q[4];
rz(pi*0.000929537757) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
