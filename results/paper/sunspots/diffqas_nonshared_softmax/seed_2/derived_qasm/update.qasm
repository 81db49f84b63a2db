// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.040807003142) q[0];
ry(pi*0.175990467677) q[1];
ry(pi*-0.022253493881) q[2];
ry(pi*0.090623613954) q[3];
ry(pi*-0.193893759529) q[4];
ry(pi*0.254965061192) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.252433906922) q[0];
ry(pi*-0.185719502967) q[1];
ry(pi*0.283501269008) q[2];
ry(pi*0.212115414088) q[3];
ry(pi*-0.087146212865) q[4];
ry(pi*-0.037063563814) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.14466029509) q[0];
ry(pi*-0.078055387605) q[1];
ry(pi*-0.001119222249) q[2];
ry(pi*0.172308445505) q[3];
ry(pi*-0.116887702424) q[4];
ry(pi*0.025893678774) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.051473083468) q[0];
ry(pi*0.184271692591) q[1];
ry(pi*0.019852568552) q[2];
ry(pi*-0.255392479252) q[3];
ry(pi*0.281982196991) q[4];
ry(pi*0.41098284148) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.056939615884) q[0];
ry(pi*0.170618713622) q[1];
ry(pi*0.04512100754) q[2];
ry(pi*0.141442498109) q[3];
ry(pi*0.090076155319) q[4];
ry(pi*-0.002661421452) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
