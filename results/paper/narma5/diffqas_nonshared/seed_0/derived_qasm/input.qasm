// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*-0.014224080018) q[0];
rx(pi*0.002406282908) q[1];
rx(pi*-0.006214621928) q[2];
rx(pi*-0.002392614822) q[3];
rx(pi*-0.001164172986) q[4];
rx(pi*-0.004282244315) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.013299317465) q[0];
rx(pi*0.002846644087) q[1];
rx(pi*0.000946320708) q[2];
rx(pi*-0.003009475323) q[3];
rx(pi*0.001685124914) q[4];
rx(pi*0.004836015538) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.013808350357) q[0];
rx(pi*0.000860119067) q[1];
rx(pi*0.006315762682) q[2];
rx(pi*0.001945399589) q[3];
rx(pi*0.002588797924) q[4];
rx(pi*-0.000637106646) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.012296773761) q[0];
rx(pi*0.00436939326) q[1];
rx(pi*0.00209576484) q[2];
rx(pi*-0.000163377943) q[3];
rx(pi*-0.001481492488) q[4];
rx(pi*-0.005563181964) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.009222672813) q[0];
rx(pi*-0.001529790285) q[1];
rx(pi*-0.000395829992) q[2];
rx(pi*0.002135985879) q[3];
rx(pi*0.002609861528) q[4];
rx(pi*0.002288651131) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
