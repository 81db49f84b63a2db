// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.083870131603) q[0];
ry(pi*-0.020283793019) q[1];
ry(pi*0.082318644646) q[2];
ry(pi*-0.009865259026) q[3];
ry(pi*0.000336748744) q[4];
ry(pi*-0.02213756565) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.027835496811) q[0];
ry(pi*0.458463850133) q[1];
ry(pi*-0.00075239855) q[2];
ry(pi*0.519922309685) q[3];
ry(pi*0.009472508326) q[4];
ry(pi*0.001944563602) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.289635139365) q[0];
ry(pi*-0.006889767748) q[1];
ry(pi*-0.053746635256) q[2];
ry(pi*-0.057789552292) q[3];
ry(pi*0.072585890698) q[4];
ry(pi*-0.02534651896) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.009951507358) q[0];
ry(pi*-0.023442781598) q[1];
ry(pi*-0.496486261041) q[2];
ry(pi*0.001612600252) q[3];
ry(pi*0.442948050905) q[4];
ry(pi*-0.38009422165) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.312261715728) q[0];
ry(pi*0.182082313398) q[1];
ry(pi*-0.044995460125) q[2];
ry(pi*-0.022605203563) q[3];
ry(pi*-0.030093346279) q[4];
ry(pi*-0.00363568509) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
