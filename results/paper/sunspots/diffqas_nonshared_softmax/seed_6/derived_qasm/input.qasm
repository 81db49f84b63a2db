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
ry(pi*-0.01153724961) q[0];
ry(pi*0.082735912287) q[1];
ry(pi*0.080584573453) q[2];
ry(pi*0.072143654922) q[3];
ry(pi*-0.036170405115) q[4];
ry(pi*0.474070301149) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.004971820984) q[0];
ry(pi*-0.075891199478) q[1];
ry(pi*0.131136444643) q[2];
ry(pi*0.143771222647) q[3];
ry(pi*-0.214867828542) q[4];
ry(pi*0.037624338946) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.011367013074) q[0];
ry(pi*-0.129037831075) q[1];
ry(pi*-0.088665465123) q[2];
ry(pi*-0.4130199454) q[3];
ry(pi*-0.29611949329) q[4];
ry(pi*0.066742597458) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.020285021505) q[0];
ry(pi*-0.053386200482) q[1];
ry(pi*-0.038684403277) q[2];
ry(pi*-0.446320950099) q[3];
ry(pi*0.043649633011) q[4];
ry(pi*-0.026607480974) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.006683065591) q[0];
ry(pi*0.018183934365) q[1];
ry(pi*-0.198632430939) q[2];
ry(pi*-0.008507713275) q[3];
ry(pi*0.328001962562) q[4];
ry(pi*0.000929846286) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
