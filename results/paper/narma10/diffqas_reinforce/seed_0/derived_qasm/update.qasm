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
rz(pi*0.004851410441) q[0];
rz(pi*-0.002938524954) q[1];
rz(pi*-0.001442894953) q[2];
rz(pi*-0.002491652713) q[3];
rz(pi*-0.004460102559) q[4];
rz(pi*0.001981764121) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003351347931) q[0];
rz(pi*-0.002177888082) q[1];
rz(pi*0.003000914463) q[2];
rz(pi*0.002754062415) q[3];
rz(pi*-0.001978062508) q[4];
rz(pi*-0.004163641519) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.0003318663) q[0];
rz(pi*-0.005086188707) q[1];
rz(pi*-0.003216273826) q[2];
rz(pi*-0.001234299671) q[3];
rz(pi*-0.000503351999) q[4];
rz(pi*-0.001767333978) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000462658605) q[0];
rz(pi*0.004399222866) q[1];
rz(pi*0.00199621335) q[2];
rz(pi*0.004390205771) q[3];
rz(pi*0.002852182647) q[4];
rz(pi*0.000738431865) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003863785838) q[0];
rz(pi*-0.004252912743) q[1];
rz(pi*-6.552666e-05) q[2];
rz(pi*-0.001300627211) q[3];
rz(pi*-0.002974748969) q[4];
rz(pi*0.001304130351) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
