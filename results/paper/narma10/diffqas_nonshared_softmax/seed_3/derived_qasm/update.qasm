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
rz(pi*-0.000712895362) q[0];
rz(pi*-0.001768030337) q[1];
rz(pi*-0.002500244403) q[2];
rz(pi*-0.002960795699) q[3];
rz(pi*-0.002305037063) q[4];
rz(pi*0.000796288889) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002662297756) q[0];
rz(pi*-0.000631033885) q[1];
rz(pi*0.00105489159) q[2];
rz(pi*0.006070887356) q[3];
rz(pi*-0.006030800312) q[4];
rz(pi*0.000746623571) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002176913357) q[0];
rz(pi*0.004675050747) q[1];
rz(pi*0.003547695119) q[2];
rz(pi*-0.001959299943) q[3];
rz(pi*-0.005105000187) q[4];
rz(pi*0.006880242836) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000447625259) q[0];
rz(pi*-0.003557939513) q[1];
rz(pi*-0.003501387385) q[2];
rz(pi*0.001017851673) q[3];
rz(pi*0.008814127301) q[4];
rz(pi*0.000734343979) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004315653248) q[0];
rz(pi*-0.002138739595) q[1];
rz(pi*0.004315062722) q[2];
rz(pi*-0.002886656426) q[3];
rz(pi*0.000474090649) q[4];
rz(pi*0.001015094992) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
