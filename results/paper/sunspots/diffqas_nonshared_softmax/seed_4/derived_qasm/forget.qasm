// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.130067358769) q[0];
ry(pi*0.363026148097) q[1];
ry(pi*-0.122461392919) q[2];
ry(pi*-0.181454675931) q[3];
ry(pi*-0.298833829438) q[4];
ry(pi*0.242024091499) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.027154858974) q[0];
ry(pi*0.323604497046) q[1];
ry(pi*-0.553237657781) q[2];
ry(pi*0.655246001798) q[3];
ry(pi*-0.367171655523) q[4];
ry(pi*-0.221959044774) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.065820891889) q[0];
ry(pi*-0.113607845584) q[1];
ry(pi*-0.015128355562) q[2];
ry(pi*0.219928144943) q[3];
ry(pi*0.307470015489) q[4];
ry(pi*0.20224083885) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000374537455) q[0];
ry(pi*0.132324783722) q[1];
ry(pi*0.354824950233) q[2];
ry(pi*-0.216708811169) q[3];
ry(pi*-0.18700978262) q[4];
ry(pi*-0.0060827056) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.042980098974) q[0];
ry(pi*0.070527935728) q[1];
ry(pi*0.246218074295) q[2];
ry(pi*0.038652031027) q[3];
ry(pi*-0.380951600119) q[4];
ry(pi*-0.005811668634) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
