// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*0.14788194354) q[0];
ry(pi*0.48020005442) q[1];
ry(pi*0.049226914098) q[2];
ry(pi*0.00012257238) q[3];
ry(pi*0.000462337958) q[4];
ry(pi*-0.497904549822) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002654475648) q[0];
ry(pi*0.48435698344) q[1];
ry(pi*-0.501560294739) q[2];
ry(pi*-0.002536490059) q[3];
ry(pi*0.500069643898) q[4];
ry(pi*-0.49742222463) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-3.7819764e-05) q[0];
ry(pi*0.500070782263) q[1];
ry(pi*-0.001030003718) q[2];
ry(pi*-0.000452931292) q[3];
ry(pi*-3.097787e-05) q[4];
ry(pi*0.001705565678) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000294820454) q[0];
ry(pi*0.500526735335) q[1];
ry(pi*-0.498320015051) q[2];
ry(pi*0.507031807501) q[3];
ry(pi*0.000487546663) q[4];
ry(pi*0.00869636227) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.682679001254) q[0];
ry(pi*-0.00020900981) q[1];
ry(pi*0.005527413592) q[2];
ry(pi*0.997261577316) q[3];
ry(pi*0.29970697426) q[4];
ry(pi*0.001588026097) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
