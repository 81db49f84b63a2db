// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.030359911972) q[0];
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
ry(pi*0.117425304716) q[0];
ry(pi*0.017536483421) q[1];
ry(pi*-0.23829790077) q[2];
ry(pi*-0.039789750815) q[3];
ry(pi*-0.085422785383) q[4];
ry(pi*0.011956269858) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.166024178177) q[0];
ry(pi*0.008427487604) q[1];
ry(pi*-0.01001594711) q[2];
ry(pi*0.109724209509) q[3];
ry(pi*0.133242818064) q[4];
ry(pi*0.129814414097) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.048835634379) q[0];
ry(pi*0.031530022024) q[1];
ry(pi*0.100358853333) q[2];
ry(pi*-0.0783121458) q[3];
ry(pi*0.142233803983) q[4];
ry(pi*0.041280904434) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.122531487735) q[0];
ry(pi*-0.099278715834) q[1];
ry(pi*0.050136529284) q[2];
ry(pi*0.057688318453) q[3];
ry(pi*-0.004194887559) q[4];
ry(pi*0.041868172636) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.115942129138) q[0];
ry(pi*0.179581951897) q[1];
ry(pi*-0.022438037055) q[2];
ry(pi*0.135357179013) q[3];
ry(pi*0.074530635282) q[4];
ry(pi*0.000539273784) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
