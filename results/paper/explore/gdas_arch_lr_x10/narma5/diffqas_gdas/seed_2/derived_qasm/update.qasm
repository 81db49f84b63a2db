// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.055456255321) q[0];
rx(pi*0.081417401185) q[1];
rx(pi*0.001650819666) q[2];
rx(pi*-0.003286094427) q[3];
rx(pi*0.011277742739) q[4];
rx(pi*-0.000746409757) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.166798911356) q[0];
rx(pi*0.083486350862) q[1];
rx(pi*-0.0043853861) q[2];
rx(pi*-0.004984724231) q[3];
rx(pi*-0.001354750087) q[4];
rx(pi*-0.002300219764) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.05543727783) q[0];
rx(pi*0.07933403222) q[1];
rx(pi*0.007445726174) q[2];
rx(pi*0.006755549195) q[3];
rx(pi*-0.005793734051) q[4];
rx(pi*0.001502855802) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.165163877905) q[0];
rx(pi*0.081911546399) q[1];
rx(pi*-0.000772214325) q[2];
rx(pi*0.003434195695) q[3];
rx(pi*0.001676539004) q[4];
rx(pi*-0.003920554078) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.060133872429) q[0];
rx(pi*0.081410201028) q[1];
rx(pi*0.005862996438) q[2];
rx(pi*-0.003120325083) q[3];
rx(pi*-0.007379696861) q[4];
rx(pi*0.000252962885) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
