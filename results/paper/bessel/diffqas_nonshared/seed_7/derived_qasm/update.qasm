// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.119954808357) q[0];
ry(pi*-0.16562806515) q[1];
ry(pi*-0.044098599369) q[2];
ry(pi*0.034147279367) q[3];
ry(pi*-0.095011839741) q[4];
ry(pi*-0.098161239967) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.337477142488) q[0];
ry(pi*-0.115010756954) q[1];
ry(pi*-0.09707986924) q[2];
ry(pi*0.005328081754) q[3];
ry(pi*-0.136839804382) q[4];
ry(pi*0.027402422501) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.17137223527) q[0];
ry(pi*0.128452739995) q[1];
ry(pi*-0.101254281646) q[2];
ry(pi*-0.078323297032) q[3];
ry(pi*-0.103567031131) q[4];
ry(pi*0.033311100572) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.019875243357) q[0];
ry(pi*-0.010285643533) q[1];
ry(pi*0.219930858046) q[2];
ry(pi*-0.232308109459) q[3];
ry(pi*-0.006789142816) q[4];
ry(pi*-0.021955284976) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.076325637455) q[0];
ry(pi*-0.13623122504) q[1];
ry(pi*0.031428363671) q[2];
ry(pi*0.12482759812) q[3];
ry(pi*-0.090371409219) q[4];
ry(pi*0.002312124718) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
