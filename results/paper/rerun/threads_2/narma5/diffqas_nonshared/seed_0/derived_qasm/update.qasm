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
rz(pi*0.004851376646) q[0];
rz(pi*-0.002938508056) q[1];
rz(pi*-0.00144287183) q[2];
rz(pi*-0.00249162959) q[3];
rz(pi*-0.004460093666) q[4];
rz(pi*0.001981778647) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003351363643) q[0];
rz(pi*-0.002177918319) q[1];
rz(pi*0.003000936104) q[2];
rz(pi*0.0027540553) q[3];
rz(pi*-0.001978064287) q[4];
rz(pi*-0.004163613949) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000331890312) q[0];
rz(pi*-0.005086164398) q[1];
rz(pi*-0.003216279458) q[2];
rz(pi*-0.001234331095) q[3];
rz(pi*-0.000503365821) q[4];
rz(pi*-0.001767357546) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000462674131) q[0];
rz(pi*0.004399177509) q[1];
rz(pi*0.001996198379) q[2];
rz(pi*0.004390217629) q[3];
rz(pi*0.002852153002) q[4];
rz(pi*0.000738413856) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003863787617) q[0];
rz(pi*-0.004252905036) q[1];
rz(pi*-6.551338e-05) q[2];
rz(pi*-0.001300633585) q[3];
rz(pi*-0.002974742447) q[4];
rz(pi*0.001304130351) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
