// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.170550506594) q[0];
ry(pi*0.040261527159) q[1];
ry(pi*0.024023793537) q[2];
ry(pi*0.023999022243) q[3];
ry(pi*-0.007852935886) q[4];
ry(pi*0.000232876174) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.019671945622) q[0];
ry(pi*0.293888525834) q[1];
ry(pi*-0.047906216388) q[2];
ry(pi*-0.038748009414) q[3];
ry(pi*-0.001409364771) q[4];
ry(pi*-0.000390591957) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.089652455918) q[0];
ry(pi*-0.047638719618) q[1];
ry(pi*0.173377275246) q[2];
ry(pi*0.000283846016) q[3];
ry(pi*-0.149713449279) q[4];
ry(pi*0.001262717883) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.239916124367) q[0];
ry(pi*0.093472296129) q[1];
ry(pi*-0.00014692481) q[2];
ry(pi*0.000653427063) q[3];
ry(pi*0.000761582397) q[4];
ry(pi*-0.000230550456) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.080473269828) q[0];
ry(pi*-0.0010575958) q[1];
ry(pi*0.440287995787) q[2];
ry(pi*-0.034389957411) q[3];
ry(pi*0.282122633269) q[4];
ry(pi*-0.001496074823) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
