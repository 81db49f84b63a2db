// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.001109860309) q[0];
ry(pi*0.038616623136) q[1];
ry(pi*-0.008501850696) q[2];
ry(pi*-0.003365885503) q[3];
ry(pi*0.005639804592) q[4];
ry(pi*0.497372705759) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002018574808) q[0];
ry(pi*-0.012906144029) q[1];
ry(pi*-0.000594295679) q[2];
ry(pi*-0.007037081055) q[3];
ry(pi*-0.484857750142) q[4];
ry(pi*0.462754574969) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.08277422775) q[0];
ry(pi*-0.491263594837) q[1];
ry(pi*-0.028753953298) q[2];
ry(pi*-0.009942429491) q[3];
ry(pi*-0.284459222011) q[4];
ry(pi*-0.002235771118) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013652530737) q[0];
ry(pi*0.010224575001) q[1];
ry(pi*-0.001471490737) q[2];
ry(pi*0.01163949019) q[3];
ry(pi*-0.014197438723) q[4];
ry(pi*-0.264024965617) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.144793483779) q[0];
ry(pi*0.178423001604) q[1];
ry(pi*0.218782209955) q[2];
ry(pi*-0.486953821362) q[3];
ry(pi*0.01927872594) q[4];
ry(pi*-0.003728047687) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
