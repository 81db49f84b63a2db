// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.026303643375) q[0];
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
rz(pi*0.000373048946) q[0];
rz(pi*0.000552894401) q[1];
rz(pi*0.000883504979) q[2];
rz(pi*0.003647260245) q[3];
rz(pi*0.001011238855) q[4];
rz(pi*-0.005258668178) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00254812065) q[0];
rz(pi*-0.003394854517) q[1];
rz(pi*0.001128453898) q[2];
rz(pi*-0.000855041189) q[3];
rz(pi*0.001122624522) q[4];
rz(pi*-0.001573620593) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002318382019) q[0];
rz(pi*0.003238227667) q[1];
rz(pi*0.001282771188) q[2];
rz(pi*-0.000761811849) q[3];
rz(pi*-0.005293190278) q[4];
rz(pi*-0.004095323619) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003769960858) q[0];
rz(pi*-0.000194771171) q[1];
rz(pi*-0.003051317643) q[2];
rz(pi*0.00340603243) q[3];
rz(pi*0.002363212843) q[4];
rz(pi*-0.000525034218) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002711192009) q[0];
rz(pi*-0.001599872799) q[1];
rz(pi*0.000926490852) q[2];
rz(pi*6.6954294e-05) q[3];
rz(pi*-0.000675851591) q[4];
rz(pi*0.003733525475) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
