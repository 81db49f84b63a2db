// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005802893145) q[0];
ry(pi*-0.002735829308) q[1];
ry(pi*-0.000990650756) q[2];
ry(pi*-0.001550571373) q[3];
ry(pi*0.15397855142) q[4];
ry(pi*-0.001560559932) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002303494638) q[0];
ry(pi*0.003752731231) q[1];
ry(pi*0.328986799949) q[2];
ry(pi*-0.00365260552) q[3];
ry(pi*0.005683741325) q[4];
ry(pi*-0.006233570367) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001631268546) q[0];
ry(pi*0.169639416277) q[1];
ry(pi*-0.264530665234) q[2];
ry(pi*-0.004034797589) q[3];
ry(pi*-0.220223000415) q[4];
ry(pi*-0.00384257905) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000770542796) q[0];
ry(pi*-0.431069099737) q[1];
ry(pi*0.020014854321) q[2];
ry(pi*-0.207899555714) q[3];
ry(pi*0.057342578072) q[4];
ry(pi*0.005108390379) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.012472352311) q[0];
ry(pi*-0.026094972512) q[1];
ry(pi*-0.02053105061) q[2];
ry(pi*-0.030711139261) q[3];
ry(pi*-0.032836630098) q[4];
ry(pi*0.000773843758) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
