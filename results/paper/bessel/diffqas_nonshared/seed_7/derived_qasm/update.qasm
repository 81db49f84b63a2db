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
ry(pi*0.106871267952) q[0];
ry(pi*0.082176073934) q[1];
ry(pi*0.060507540695) q[2];
ry(pi*0.071481515513) q[3];
ry(pi*0.158971362785) q[4];
ry(pi*0.027227792588) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.186561228919) q[0];
ry(pi*-0.049965224345) q[1];
ry(pi*-0.037881025992) q[2];
ry(pi*0.413028596973) q[3];
ry(pi*-0.017208365165) q[4];
ry(pi*0.26306644343) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.142810822159) q[0];
ry(pi*0.003861354362) q[1];
ry(pi*-0.049232202751) q[2];
ry(pi*0.01995109403) q[3];
ry(pi*0.159808535277) q[4];
ry(pi*0.349502639159) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009878929483) q[0];
ry(pi*0.021304747403) q[1];
ry(pi*-0.17031564295) q[2];
ry(pi*0.020153509532) q[3];
ry(pi*-0.009328748259) q[4];
ry(pi*-0.074154965391) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.185979865984) q[0];
ry(pi*0.219458436628) q[1];
ry(pi*-0.138656596755) q[2];
ry(pi*0.020007194074) q[3];
ry(pi*0.041109291188) q[4];
ry(pi*-9.8148099e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
