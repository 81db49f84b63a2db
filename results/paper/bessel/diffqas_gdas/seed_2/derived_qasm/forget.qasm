// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
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
rx(pi*-0.257114123296) q[0];
rx(pi*0.029235090321) q[1];
rx(pi*-0.254624595235) q[2];
rx(pi*-0.245717743966) q[3];
rx(pi*0.241770387917) q[4];
rx(pi*0.405534171906) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.503823326138) q[0];
rx(pi*0.254050574753) q[1];
rx(pi*-0.020705111341) q[2];
rx(pi*-0.424295373464) q[3];
rx(pi*-0.003684146824) q[4];
rx(pi*-0.010020619149) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001610603074) q[0];
rx(pi*-0.255160765085) q[1];
rx(pi*-0.010681428093) q[2];
rx(pi*0.244544222603) q[3];
rx(pi*0.088475196923) q[4];
rx(pi*-0.254935482678) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.237555573044) q[0];
rx(pi*-0.243046077526) q[1];
rx(pi*0.487751891021) q[2];
rx(pi*-0.244145737983) q[3];
rx(pi*-0.250882410479) q[4];
rx(pi*0.33962087325) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.425138636208) q[0];
rx(pi*-0.058227229865) q[1];
rx(pi*0.00455839829) q[2];
rx(pi*-0.082721530944) q[3];
rx(pi*-0.00328025171) q[4];
rx(pi*-0.00479009556) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
