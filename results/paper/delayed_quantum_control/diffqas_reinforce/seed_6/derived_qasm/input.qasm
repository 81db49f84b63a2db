// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.009366094927) q[0];
ry(pi*-0.000364300546) q[1];
ry(pi*8.2914418e-05) q[2];
ry(pi*2.8854e-07) q[3];
ry(pi*0.002320318425) q[4];
ry(pi*-6.1947e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00300198257) q[0];
ry(pi*2.630459e-06) q[1];
ry(pi*-0.000273621947) q[2];
ry(pi*1.8866348e-05) q[3];
ry(pi*1.083e-09) q[4];
ry(pi*1.255e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*2.57481e-06) q[0];
ry(pi*-1.1075756e-05) q[1];
ry(pi*0.000151884284) q[2];
ry(pi*-2.7e-11) q[3];
ry(pi*-0.004078416529) q[4];
ry(pi*2.1e-11) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003371867847) q[0];
ry(pi*0.00146968966) q[1];
ry(pi*-6.02562e-07) q[2];
ry(pi*-9.971e-09) q[3];
ry(pi*-6.61e-10) q[4];
ry(pi*-1.7e-11) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000217691287) q[0];
ry(pi*0.000169919891) q[1];
ry(pi*-0.728411519424) q[2];
ry(pi*-0.00027001177) q[3];
ry(pi*2.4833092e-05) q[4];
ry(pi*-0.004012440874) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
