// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.004331305469) q[0];
ry(pi*-0.006699895604) q[1];
ry(pi*-0.008426359912) q[2];
ry(pi*0.015081830827) q[3];
ry(pi*0.001154501406) q[4];
ry(pi*-0.004780808993) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004203219856) q[0];
ry(pi*0.042765797046) q[1];
ry(pi*-0.001597782981) q[2];
ry(pi*-0.000502132036) q[3];
ry(pi*-0.031252479185) q[4];
ry(pi*-0.496193815108) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005119462756) q[0];
ry(pi*0.001078787766) q[1];
ry(pi*-0.006079553752) q[2];
ry(pi*0.000916301227) q[3];
ry(pi*-0.026586316874) q[4];
ry(pi*-0.003925867337) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.053613147746) q[0];
ry(pi*0.023847780985) q[1];
ry(pi*0.044777330445) q[2];
ry(pi*-0.003245501937) q[3];
ry(pi*-0.001065006288) q[4];
ry(pi*0.005178679074) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.02347764165) q[0];
ry(pi*-1.005255478939) q[1];
ry(pi*0.455768240086) q[2];
ry(pi*-0.003430571604) q[3];
ry(pi*-0.485588200929) q[4];
ry(pi*0.001642067004) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
