// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.125545213843) q[0];
ry(pi*0.034539405744) q[1];
ry(pi*0.428086090508) q[2];
ry(pi*0.029528205044) q[3];
ry(pi*-0.18794105994) q[4];
ry(pi*0.04544065565) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.043969247918) q[0];
ry(pi*-0.015712066374) q[1];
ry(pi*0.013986414337) q[2];
ry(pi*0.000357331248) q[3];
ry(pi*-0.000674062817) q[4];
ry(pi*0.013062913471) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.027126207754) q[0];
ry(pi*-0.001539342619) q[1];
ry(pi*0.14529137611) q[2];
ry(pi*0.011089994357) q[3];
ry(pi*0.068586051286) q[4];
ry(pi*0.287462133653) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.400385689146) q[0];
ry(pi*0.007494814008) q[1];
ry(pi*5.756428e-05) q[2];
ry(pi*-0.106855947458) q[3];
ry(pi*-0.011456922554) q[4];
ry(pi*-0.009711217509) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008809120867) q[0];
ry(pi*-0.505185986823) q[1];
ry(pi*0.13642097149) q[2];
ry(pi*-0.01884905368) q[3];
ry(pi*-0.157374568907) q[4];
ry(pi*0.000826593258) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
