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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.022079236309) q[0];
rx(pi*-0.098943638137) q[1];
rx(pi*-0.000834421888) q[2];
rx(pi*-0.002878581447) q[3];
rx(pi*-0.000352944837) q[4];
rx(pi*0.00139173227) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.227244074399) q[0];
rx(pi*-0.100767440941) q[1];
rx(pi*0.002708306373) q[2];
rx(pi*-0.00560600642) q[3];
rx(pi*0.00234946605) q[4];
rx(pi*-0.000375864547) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.013433656377) q[0];
rx(pi*-0.09791654844) q[1];
rx(pi*-0.002262400852) q[2];
rx(pi*-0.001959872682) q[3];
rx(pi*-0.000836677644) q[4];
rx(pi*-0.000269502878) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.222987405645) q[0];
rx(pi*-0.101775823508) q[1];
rx(pi*-0.002116455362) q[2];
rx(pi*0.004386194517) q[3];
rx(pi*-0.001940101152) q[4];
rx(pi*-0.000351898112) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.015601260784) q[0];
rx(pi*-0.100389228702) q[1];
rx(pi*0.003047098281) q[2];
rx(pi*-0.006600758254) q[3];
rx(pi*0.001936922328) q[4];
rx(pi*-0.000206595899) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
