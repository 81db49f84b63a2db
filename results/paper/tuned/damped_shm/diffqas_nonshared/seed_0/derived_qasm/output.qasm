// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.156406275756) q[0];
ry(pi*-0.033342296513) q[1];
ry(pi*-0.021535259173) q[2];
ry(pi*-0.356169776535) q[3];
ry(pi*-0.108418087612) q[4];
ry(pi*0.490850292502) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002527488379) q[0];
ry(pi*-0.084556480237) q[1];
ry(pi*0.260780227333) q[2];
ry(pi*-0.335681182191) q[3];
ry(pi*0.010074213604) q[4];
ry(pi*0.008314678611) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.07096339349) q[0];
ry(pi*0.164258137903) q[1];
ry(pi*-0.163003545989) q[2];
ry(pi*0.402991899606) q[3];
ry(pi*-0.529435814561) q[4];
ry(pi*0.239581539961) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.119840848548) q[0];
ry(pi*-0.29020718668) q[1];
ry(pi*-0.065029083236) q[2];
ry(pi*-0.329652060374) q[3];
ry(pi*0.269142712525) q[4];
ry(pi*-0.344869190608) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.021562707996) q[0];
ry(pi*0.531350885768) q[1];
ry(pi*-0.006853253509) q[2];
ry(pi*0.093030724399) q[3];
ry(pi*0.054599626276) q[4];
ry(pi*0.002711757337) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
