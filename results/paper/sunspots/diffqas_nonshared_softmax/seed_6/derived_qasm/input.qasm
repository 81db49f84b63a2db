// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.012989517397) q[0];
ry(pi*-0.008944060385) q[1];
ry(pi*0.079526183466) q[2];
ry(pi*-0.005420170728) q[3];
ry(pi*-0.357188385413) q[4];
ry(pi*-0.452065290973) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.008855439866) q[0];
ry(pi*-0.013376518761) q[1];
ry(pi*0.035794637989) q[2];
ry(pi*0.032920060384) q[3];
ry(pi*-0.324359536514) q[4];
ry(pi*-0.106182234674) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000337056495) q[0];
ry(pi*0.002976101963) q[1];
ry(pi*-0.167557821264) q[2];
ry(pi*0.069134273573) q[3];
ry(pi*-0.182446267617) q[4];
ry(pi*-0.016307160835) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.168709922395) q[0];
ry(pi*0.01965317446) q[1];
ry(pi*0.268218644849) q[2];
ry(pi*0.02518083944) q[3];
ry(pi*-0.149925270521) q[4];
ry(pi*-0.085922110157) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.004543917933) q[0];
ry(pi*0.004186745582) q[1];
ry(pi*-0.020158207659) q[2];
ry(pi*0.11991584782) q[3];
ry(pi*0.081357769839) q[4];
ry(pi*0.000394619849) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
