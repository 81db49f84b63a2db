// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.097403591747) q[0];
rx(pi*4.400362e-05) q[1];
rx(pi*0.003392204261) q[2];
rx(pi*-0.004956684882) q[3];
rx(pi*-0.001185036858) q[4];
rx(pi*-0.00106976363) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.107370905776) q[0];
rx(pi*-0.000967391131) q[1];
rx(pi*-0.001776924405) q[2];
rx(pi*0.002264282415) q[3];
rx(pi*-0.003557281692) q[4];
rx(pi*0.001634058281) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.086414424501) q[0];
rx(pi*0.006173480118) q[1];
rx(pi*-0.000191853481) q[2];
rx(pi*-0.001506633602) q[3];
rx(pi*-0.004215826951) q[4];
rx(pi*-0.000575200831) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.102447041376) q[0];
rx(pi*-0.002613985729) q[1];
rx(pi*0.003721703378) q[2];
rx(pi*-0.00116081103) q[3];
rx(pi*0.000271206053) q[4];
rx(pi*0.000815667846) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.099247126209) q[0];
rx(pi*-0.001501436848) q[1];
rx(pi*0.00013789935) q[2];
rx(pi*0.000800511956) q[3];
rx(pi*0.001933895137) q[4];
rx(pi*-0.005922515133) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
