// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.030359911972) q[0];
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
rx(pi*-0.002902901545) q[0];
rx(pi*0.002587009743) q[1];
rx(pi*0.001051814299) q[2];
rx(pi*-0.004148077344) q[3];
rx(pi*0.002881836459) q[4];
rx(pi*0.001420854845) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005735459849) q[0];
rx(pi*0.001821484423) q[1];
rx(pi*0.001160468706) q[2];
rx(pi*0.000936250256) q[3];
rx(pi*9.0468657e-05) q[4];
rx(pi*0.001740241042) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.006347051114) q[0];
rx(pi*-0.000546832201) q[1];
rx(pi*-0.00153463382) q[2];
rx(pi*0.001906184253) q[3];
rx(pi*0.000126439727) q[4];
rx(pi*-0.000930919062) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.006515252823) q[0];
rx(pi*-0.000846941234) q[1];
rx(pi*2.5916898e-05) q[2];
rx(pi*-0.000877272284) q[3];
rx(pi*0.004119132935) q[4];
rx(pi*0.003204503015) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.012632822625) q[0];
rx(pi*-0.006041178405) q[1];
rx(pi*-0.000556317277) q[2];
rx(pi*-0.001343873811) q[3];
rx(pi*0.000680046792) q[4];
rx(pi*0.000691757201) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
