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
rz(pi*-0.020037825575) q[0];
rz(pi*-0.021574347777) q[1];
rz(pi*0.020708222872) q[2];
rz(pi*-0.01374271295) q[3];
rz(pi*0.000168945982) q[4];
rz(pi*-0.006159557086) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.018691678295) q[0];
rz(pi*0.030003375138) q[1];
rz(pi*0.004669078185) q[2];
rz(pi*0.013229578388) q[3];
rz(pi*-0.019896011401) q[4];
rz(pi*-0.00273430378) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005010483887) q[0];
rz(pi*-0.001074912953) q[1];
rz(pi*0.027720979678) q[2];
rz(pi*-0.002781646418) q[3];
rz(pi*-0.00785038168) q[4];
rz(pi*-0.005800127274) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.024124918282) q[0];
rz(pi*0.018351311945) q[1];
rz(pi*0.00904788341) q[2];
rz(pi*-0.006262153405) q[3];
rz(pi*-0.002924820405) q[4];
rz(pi*0.000557579558) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.011920739831) q[0];
rz(pi*-0.019293689509) q[1];
rz(pi*0.029280769583) q[2];
rz(pi*-0.009701019064) q[3];
rz(pi*-0.009214050885) q[4];
rz(pi*-0.0046485307) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
