// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.020908499196) q[0];
ry(pi*-0.377354898393) q[1];
ry(pi*-0.201368320129) q[2];
ry(pi*-0.117708368625) q[3];
ry(pi*-0.000207932088) q[4];
ry(pi*0.104138736938) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.007919153147) q[0];
ry(pi*0.079442224314) q[1];
ry(pi*0.00351318962) q[2];
ry(pi*0.018228110036) q[3];
ry(pi*0.001373824813) q[4];
ry(pi*0.032826541339) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002245001657) q[0];
ry(pi*-0.119642839467) q[1];
ry(pi*-0.004012697303) q[2];
ry(pi*-0.001922402247) q[3];
ry(pi*-0.134155416715) q[4];
ry(pi*0.003346938843) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.010722376026) q[0];
ry(pi*-0.069763651789) q[1];
ry(pi*-0.216882753319) q[2];
ry(pi*-0.199248608866) q[3];
ry(pi*-0.292010394567) q[4];
ry(pi*-0.044764187074) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.0852995479) q[0];
ry(pi*-0.197470957271) q[1];
ry(pi*-0.099933617139) q[2];
ry(pi*-0.217435619187) q[3];
ry(pi*-0.228435581927) q[4];
ry(pi*0.001422272465) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
