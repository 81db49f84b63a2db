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
ry(pi*0.030359911972) q[0];
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
ry(pi*0.083255357659) q[0];
ry(pi*-0.011407028971) q[1];
ry(pi*0.016105946545) q[2];
ry(pi*-0.003074595425) q[3];
ry(pi*0.039873738426) q[4];
ry(pi*0.009210519582) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.133964237823) q[0];
ry(pi*-0.057443223755) q[1];
ry(pi*0.006226412305) q[2];
ry(pi*-0.02247638335) q[3];
ry(pi*-0.000713073009) q[4];
ry(pi*-0.004913864873) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.116840773332) q[0];
ry(pi*-0.000941480953) q[1];
ry(pi*-0.008575085502) q[2];
ry(pi*-0.005764094469) q[3];
ry(pi*-0.07725689106) q[4];
ry(pi*-0.001480345823) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.05890091419) q[0];
ry(pi*0.084348567381) q[1];
ry(pi*-0.00691211468) q[2];
ry(pi*-0.029789953071) q[3];
ry(pi*0.002882220361) q[4];
ry(pi*0.005426763758) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.071768872007) q[0];
ry(pi*0.006109757773) q[1];
ry(pi*0.094922639368) q[2];
ry(pi*-0.039126266713) q[3];
ry(pi*-0.037206898179) q[4];
ry(pi*0.000691754089) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
