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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.0058131408) q[0];
ry(pi*0.021282852853) q[1];
ry(pi*0.009791807812) q[2];
ry(pi*0.433312399478) q[3];
ry(pi*-0.004170753038) q[4];
ry(pi*-0.015823739967) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.112559316683) q[0];
ry(pi*0.006231274072) q[1];
ry(pi*-0.020447819538) q[2];
ry(pi*0.017392822961) q[3];
ry(pi*-0.006956272565) q[4];
ry(pi*-0.00576800997) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.150919793496) q[0];
ry(pi*-0.005044231662) q[1];
ry(pi*-0.007025703928) q[2];
ry(pi*0.003071637159) q[3];
ry(pi*0.001912717993) q[4];
ry(pi*0.018549893766) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008472222379) q[0];
ry(pi*0.001617570963) q[1];
ry(pi*-0.0031678281) q[2];
ry(pi*-0.008869816465) q[3];
ry(pi*-0.097039722905) q[4];
ry(pi*-0.09698945461) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.594627541677) q[0];
ry(pi*0.498759727451) q[1];
ry(pi*0.498502191374) q[2];
ry(pi*-0.196127212415) q[3];
ry(pi*0.098026637809) q[4];
ry(pi*0.001255800241) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
