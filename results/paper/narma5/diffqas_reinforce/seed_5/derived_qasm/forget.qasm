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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000172188561) q[0];
rx(pi*0.00426144633) q[1];
rx(pi*-0.00164532839) q[2];
rx(pi*-0.004008501954) q[3];
rx(pi*-0.005846544694) q[4];
rx(pi*-0.000651794443) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001121272639) q[0];
rx(pi*0.000843810286) q[1];
rx(pi*-0.001477735736) q[2];
rx(pi*-0.001523557293) q[3];
rx(pi*-0.002296022933) q[4];
rx(pi*-0.001654448945) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000510017214) q[0];
rx(pi*-0.001210702242) q[1];
rx(pi*0.000319714922) q[2];
rx(pi*0.006051665591) q[3];
rx(pi*0.001525079411) q[4];
rx(pi*-0.005016850429) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.005517994808) q[0];
rx(pi*0.001107112448) q[1];
rx(pi*-0.00299661595) q[2];
rx(pi*0.002887224126) q[3];
rx(pi*5.6198492e-05) q[4];
rx(pi*-0.00195830328) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002016524714) q[0];
rx(pi*-0.003162190526) q[1];
rx(pi*0.000153166131) q[2];
rx(pi*0.003402146871) q[3];
rx(pi*-0.001034673682) q[4];
rx(pi*0.00133952416) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
