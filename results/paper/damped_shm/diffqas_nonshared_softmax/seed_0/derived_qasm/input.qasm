// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008683836106) q[0];
ry(pi*-0.000305261672) q[1];
ry(pi*8.0541093e-05) q[2];
ry(pi*0.00011165827) q[3];
ry(pi*0.004411955655) q[4];
ry(pi*0.000522811331) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001727072621) q[0];
ry(pi*-0.011436870731) q[1];
ry(pi*0.001189381913) q[2];
ry(pi*-0.005226176162) q[3];
ry(pi*0.003335807176) q[4];
ry(pi*-8.5166663e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.469087e-06) q[0];
ry(pi*-3.2508339e-05) q[1];
ry(pi*0.000121642299) q[2];
ry(pi*-0.000292967943) q[3];
ry(pi*-0.000152371804) q[4];
ry(pi*0.000694999762) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.113525778964) q[0];
ry(pi*-0.001448684309) q[1];
ry(pi*0.000122602711) q[2];
ry(pi*-0.000386388752) q[3];
ry(pi*0.000854799583) q[4];
ry(pi*-0.001244995706) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00125340671) q[0];
ry(pi*0.002354478858) q[1];
ry(pi*-0.13107486859) q[2];
ry(pi*-0.007109326906) q[3];
ry(pi*0.002119519905) q[4];
ry(pi*-0.002470726513) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
