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
rx(pi*0.101714958933) q[0];
rx(pi*-0.001250019334) q[1];
rx(pi*0.001690600034) q[2];
rx(pi*-0.001153681057) q[3];
rx(pi*-0.000845197742) q[4];
rx(pi*-0.004720206776) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.099582194419) q[0];
rx(pi*0.000764513316) q[1];
rx(pi*-0.00018557326) q[2];
rx(pi*-0.004730039995) q[3];
rx(pi*0.000228470309) q[4];
rx(pi*0.000395693773) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.096737022202) q[0];
rx(pi*0.001209966677) q[1];
rx(pi*-0.002656386263) q[2];
rx(pi*0.002724677186) q[3];
rx(pi*-0.007982282) q[4];
rx(pi*-0.001092807218) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.097780049007) q[0];
rx(pi*0.00188555554) q[1];
rx(pi*0.002629231814) q[2];
rx(pi*-0.002106718489) q[3];
rx(pi*0.000507758197) q[4];
rx(pi*-0.002689005752) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.103715454937) q[0];
rx(pi*0.006175866534) q[1];
rx(pi*0.003585510769) q[2];
rx(pi*-0.004397933905) q[3];
rx(pi*-0.003439393042) q[4];
rx(pi*0.003436972831) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
