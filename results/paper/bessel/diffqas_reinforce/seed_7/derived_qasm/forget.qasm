// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*-0.168078243733) q[0];
rx(pi*0.121939168038) q[1];
rx(pi*0.017755044731) q[2];
rx(pi*-0.00958495743) q[3];
rx(pi*0.014299284433) q[4];
rx(pi*0.002500314365) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.13446614289) q[0];
rx(pi*0.057133275463) q[1];
rx(pi*-0.0306983374) q[2];
rx(pi*-0.036702678436) q[3];
rx(pi*0.021371275343) q[4];
rx(pi*-0.003575492566) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.007759482653) q[0];
rx(pi*0.032744932437) q[1];
rx(pi*0.026713633497) q[2];
rx(pi*-0.00857896365) q[3];
rx(pi*0.007240203291) q[4];
rx(pi*-0.002776992166) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.108337652648) q[0];
rx(pi*0.111809143726) q[1];
rx(pi*-0.027562848941) q[2];
rx(pi*-0.036574811603) q[3];
rx(pi*0.009377668896) q[4];
rx(pi*0.008677610673) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.099104821115) q[0];
rx(pi*0.116641521536) q[1];
rx(pi*0.015220329513) q[2];
rx(pi*-0.005528645634) q[3];
rx(pi*0.011620180676) q[4];
rx(pi*0.00590367223) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
