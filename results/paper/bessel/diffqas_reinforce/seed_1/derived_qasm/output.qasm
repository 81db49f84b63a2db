// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
rz(pi*-0.00049818678) q[0];
rz(pi*0.002257733704) q[1];
rz(pi*-0.00217652486) q[2];
rz(pi*0.002845982116) q[3];
rz(pi*0.006892549034) q[4];
rz(pi*0.00143733905) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000700962764) q[0];
rz(pi*-0.001479321887) q[1];
rz(pi*0.00480489875) q[2];
rz(pi*0.003651023371) q[3];
rz(pi*-0.004792275054) q[4];
rz(pi*0.003137584651) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00210750734) q[0];
rz(pi*-0.003736560818) q[1];
rz(pi*-0.000223296975) q[2];
rz(pi*-0.002109005298) q[3];
rz(pi*0.003706891294) q[4];
rz(pi*-0.004023170852) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004114347356) q[0];
rz(pi*-0.003027735703) q[1];
rz(pi*-0.000455503248) q[2];
rz(pi*0.0018742463) q[3];
rz(pi*-0.003482730059) q[4];
rz(pi*-0.002321827945) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005016759716) q[0];
rz(pi*-0.000648340366) q[1];
rz(pi*-0.003279934806) q[2];
rz(pi*0.006897444596) q[3];
rz(pi*0.006116550017) q[4];
rz(pi*-0.002993268446) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
