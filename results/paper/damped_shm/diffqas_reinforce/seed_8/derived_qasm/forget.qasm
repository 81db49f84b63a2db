// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*-0.136495314956) q[0];
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
rx(pi*-0.005532980907) q[0];
rx(pi*-0.004254821876) q[1];
rx(pi*-0.004332428122) q[2];
rx(pi*-0.001119231661) q[3];
rx(pi*-0.007361123134) q[4];
rx(pi*-0.000601287284) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003047108361) q[0];
rx(pi*0.002844281387) q[1];
rx(pi*0.003045722461) q[2];
rx(pi*0.004431660928) q[3];
rx(pi*0.002442953079) q[4];
rx(pi*-0.000168853082) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002736821523) q[0];
rx(pi*0.004791940363) q[1];
rx(pi*-0.002080428338) q[2];
rx(pi*0.001942706941) q[3];
rx(pi*-0.000135880188) q[4];
rx(pi*0.004583633527) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002664050956) q[0];
rx(pi*-0.00095998583) q[1];
rx(pi*0.001153340585) q[2];
rx(pi*0.000821521828) q[3];
rx(pi*-0.005218597735) q[4];
rx(pi*0.001146317482) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000377287577) q[0];
rx(pi*-0.000763271268) q[1];
rx(pi*-0.000494252973) q[2];
rx(pi*0.00069695529) q[3];
rx(pi*-0.005781792485) q[4];
rx(pi*0.004941635639) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
