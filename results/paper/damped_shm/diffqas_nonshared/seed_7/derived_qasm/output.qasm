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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.163209343383) q[0];
ry(pi*-0.185330239103) q[1];
ry(pi*0.231388728051) q[2];
ry(pi*0.201521297394) q[3];
ry(pi*-0.055401362419) q[4];
ry(pi*-0.074007124998) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.26905961189) q[0];
ry(pi*-0.350248761435) q[1];
ry(pi*0.13224049729) q[2];
ry(pi*-0.073326866616) q[3];
ry(pi*-0.05600099611) q[4];
ry(pi*-0.05368960792) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.012434045148) q[0];
ry(pi*-0.078636797972) q[1];
ry(pi*0.02923669589) q[2];
ry(pi*0.237883554933) q[3];
ry(pi*-0.10354492788) q[4];
ry(pi*0.086269045821) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.027072391555) q[0];
ry(pi*0.133655408922) q[1];
ry(pi*0.05504831753) q[2];
ry(pi*-0.133781577694) q[3];
ry(pi*-0.186931368253) q[4];
ry(pi*-0.107860250884) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.036224572309) q[0];
ry(pi*-0.042788398331) q[1];
ry(pi*0.173949720989) q[2];
ry(pi*0.074328295671) q[3];
ry(pi*0.292949242014) q[4];
ry(pi*0.002557355931) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
