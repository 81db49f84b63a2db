// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.040844621357) q[0];
ry(pi*0.021455085085) q[1];
ry(pi*0.024925492344) q[2];
ry(pi*0.001381372854) q[3];
ry(pi*-0.002360842436) q[4];
ry(pi*0.000335012108) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006745156279) q[0];
ry(pi*-0.326288230153) q[1];
ry(pi*-0.012294498217) q[2];
ry(pi*0.221054329301) q[3];
ry(pi*-0.007037553595) q[4];
ry(pi*-0.004158452472) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007285506063) q[0];
ry(pi*-0.024430827751) q[1];
ry(pi*0.182216754288) q[2];
ry(pi*-0.130411239821) q[3];
ry(pi*0.003233922928) q[4];
ry(pi*-0.054916143883) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.035350649605) q[0];
ry(pi*-0.209644232674) q[1];
ry(pi*0.164313234762) q[2];
ry(pi*0.36032860283) q[3];
ry(pi*0.009338874963) q[4];
ry(pi*0.07634750829) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004843257496) q[0];
ry(pi*-0.015211958974) q[1];
ry(pi*-0.017279239049) q[2];
ry(pi*0.025380463577) q[3];
ry(pi*0.001188662357) q[4];
ry(pi*-0.003541752795) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
