// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.136495314956) q[0];
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
ry(pi*0.031758143228) q[0];
ry(pi*-0.009033639027) q[1];
ry(pi*0.066055233782) q[2];
ry(pi*-0.164258896813) q[3];
ry(pi*0.105926301793) q[4];
ry(pi*0.275207009816) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001690553195) q[0];
ry(pi*-0.074406581971) q[1];
ry(pi*0.076116477141) q[2];
ry(pi*-0.315529942273) q[3];
ry(pi*0.298348449634) q[4];
ry(pi*0.235077978841) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003281040265) q[0];
ry(pi*0.013582005477) q[1];
ry(pi*-0.037912255135) q[2];
ry(pi*-0.085515268042) q[3];
ry(pi*0.208376910046) q[4];
ry(pi*0.075043905025) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.464653177831) q[0];
ry(pi*0.428213283808) q[1];
ry(pi*-0.0419270261) q[2];
ry(pi*-0.404633952973) q[3];
ry(pi*-0.016184228102) q[4];
ry(pi*-0.027550542742) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.542971845513) q[0];
ry(pi*0.454707397871) q[1];
ry(pi*-0.484607765219) q[2];
ry(pi*-0.120856658946) q[3];
ry(pi*0.483287034306) q[4];
ry(pi*-0.009232297332) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
