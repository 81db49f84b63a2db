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
rz(pi*0.004851609655) q[0];
rz(pi*-0.002938448767) q[1];
rz(pi*-0.001443089275) q[2];
rz(pi*-0.002491771885) q[3];
rz(pi*-0.00446014673) q[4];
rz(pi*0.001981747668) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003351143974) q[0];
rz(pi*-0.002178174007) q[1];
rz(pi*0.003000887486) q[2];
rz(pi*0.002754137713) q[3];
rz(pi*-0.001978019967) q[4];
rz(pi*-0.00416358045) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000331670014) q[0];
rz(pi*-0.005086047005) q[1];
rz(pi*-0.00321620001) q[2];
rz(pi*-0.001234363334) q[3];
rz(pi*-0.000503308903) q[4];
rz(pi*-0.001767358731) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00046253128) q[0];
rz(pi*0.004399025727) q[1];
rz(pi*0.001996315922) q[2];
rz(pi*0.004390214961) q[3];
rz(pi*0.002852102902) q[4];
rz(pi*0.000738457138) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003863669927) q[0];
rz(pi*-0.004252816397) q[1];
rz(pi*-6.5650172e-05) q[2];
rz(pi*-0.001300637142) q[3];
rz(pi*-0.002974766163) q[4];
rz(pi*0.001304127683) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
