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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003508016581) q[0];
rx(pi*0.00094394326) q[1];
rx(pi*-0.319811617109) q[2];
rx(pi*0.252677687757) q[3];
rx(pi*0.168761091895) q[4];
rx(pi*0.000778771484) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.012692689945) q[0];
rx(pi*0.301740093903) q[1];
rx(pi*-0.496882298176) q[2];
rx(pi*0.000126583996) q[3];
rx(pi*-0.266433385182) q[4];
rx(pi*-0.004188242354) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.498726866652) q[0];
rx(pi*-0.043233489506) q[1];
rx(pi*-0.14163608654) q[2];
rx(pi*0.006114208068) q[3];
rx(pi*0.164815025993) q[4];
rx(pi*-0.001782643651) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.035847019373) q[0];
rx(pi*-0.036084067255) q[1];
rx(pi*0.000450342957) q[2];
rx(pi*-0.021479000233) q[3];
rx(pi*-0.261851276886) q[4];
rx(pi*-0.003101438009) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.501578167067) q[0];
rx(pi*-0.004582213832) q[1];
rx(pi*-0.332751220764) q[2];
rx(pi*0.254940453538) q[3];
rx(pi*0.167141464316) q[4];
rx(pi*-0.001054773085) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
