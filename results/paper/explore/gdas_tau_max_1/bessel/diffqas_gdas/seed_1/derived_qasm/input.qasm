// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.146283897461) q[0];
ry(pi*-0.00539456997) q[1];
ry(pi*-0.13789252626) q[2];
ry(pi*0.496944642625) q[3];
ry(pi*0.500048470311) q[4];
ry(pi*-0.499999975968) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.062336964175) q[0];
ry(pi*-0.16777543868) q[1];
ry(pi*0.137553824768) q[2];
ry(pi*0.000730889012) q[3];
ry(pi*0.005345555655) q[4];
ry(pi*2.866e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.106363737464) q[0];
ry(pi*-0.017436530243) q[1];
ry(pi*0.108814304988) q[2];
ry(pi*-0.006131383148) q[3];
ry(pi*7.3751461e-05) q[4];
ry(pi*-1.9001e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.422579895563) q[0];
ry(pi*0.347897203194) q[1];
ry(pi*-0.35329548115) q[2];
ry(pi*-0.005428985941) q[3];
ry(pi*0.015572115086) q[4];
ry(pi*-0.065590880525) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.214100134252) q[0];
ry(pi*0.369562904751) q[1];
ry(pi*0.134507882935) q[2];
ry(pi*-0.045441110996) q[3];
ry(pi*0.004162548511) q[4];
ry(pi*0.001337058889) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
