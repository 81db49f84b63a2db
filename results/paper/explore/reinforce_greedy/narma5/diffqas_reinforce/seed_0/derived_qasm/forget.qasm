// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.112628017002) q[0];
ry(pi*-0.053913130603) q[1];
ry(pi*-0.016921594455) q[2];
ry(pi*-0.014550571361) q[3];
ry(pi*0.015441829228) q[4];
ry(pi*0.000975290093) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.109114871257) q[0];
ry(pi*-0.053270627989) q[1];
ry(pi*-0.00051006246) q[2];
ry(pi*0.012960046791) q[3];
ry(pi*-0.004836175325) q[4];
ry(pi*0.004227950536) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.100064842148) q[0];
ry(pi*-0.053213097875) q[1];
ry(pi*-0.045349989632) q[2];
ry(pi*-0.003266747857) q[3];
ry(pi*0.003067894488) q[4];
ry(pi*0.006661112936) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.095408692704) q[0];
ry(pi*-0.065877629891) q[1];
ry(pi*0.01348000087) q[2];
ry(pi*-0.00310970242) q[3];
ry(pi*-0.007200278701) q[4];
ry(pi*0.002172873051) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.0958943571) q[0];
ry(pi*-0.052286084679) q[1];
ry(pi*-0.012008950064) q[2];
ry(pi*-0.017705800964) q[3];
ry(pi*0.045350644191) q[4];
ry(pi*-0.002106264328) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
