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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.00095523953) q[0];
ry(pi*0.042989751359) q[1];
ry(pi*0.442413474766) q[2];
ry(pi*-0.000324788613) q[3];
ry(pi*-0.000872495153) q[4];
ry(pi*0.475440361206) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000657332262) q[0];
ry(pi*0.073384282893) q[1];
ry(pi*-0.088355402994) q[2];
ry(pi*0.493845064834) q[3];
ry(pi*-0.539380266429) q[4];
ry(pi*0.550597637885) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.070047621647) q[0];
ry(pi*-0.502483963987) q[1];
ry(pi*-4.38856e-06) q[2];
ry(pi*-0.003005501421) q[3];
ry(pi*-0.499772834233) q[4];
ry(pi*-0.501549897673) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.056328541626) q[0];
ry(pi*0.000218378438) q[1];
ry(pi*0.51196077557) q[2];
ry(pi*-6.4437306e-05) q[3];
ry(pi*0.019806036702) q[4];
ry(pi*0.002589816227) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005555880421) q[0];
ry(pi*0.038731818546) q[1];
ry(pi*0.019775661333) q[2];
ry(pi*-0.002899706712) q[3];
ry(pi*0.035837390704) q[4];
ry(pi*0.002178026671) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
