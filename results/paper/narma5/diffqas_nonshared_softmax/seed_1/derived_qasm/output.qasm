// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.092312330794) q[0];
rx(pi*-5.8449491e-05) q[1];
rx(pi*0.00339215594) q[2];
rx(pi*-0.00495667421) q[3];
rx(pi*-0.001185014402) q[4];
rx(pi*-0.001069745695) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.101012843946) q[0];
rx(pi*-0.001069894364) q[1];
rx(pi*-0.001776911658) q[2];
rx(pi*0.002264302277) q[3];
rx(pi*-0.003557288214) q[4];
rx(pi*0.001634041235) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.081323723244) q[0];
rx(pi*0.006071024316) q[1];
rx(pi*-0.000191884738) q[2];
rx(pi*-0.001506631527) q[3];
rx(pi*-0.004215831101) q[4];
rx(pi*-0.000575227956) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.096088258581) q[0];
rx(pi*-0.002716464654) q[1];
rx(pi*0.003721695077) q[2];
rx(pi*-0.001160799543) q[3];
rx(pi*0.000271202737) q[4];
rx(pi*0.000815679333) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.094155846283) q[0];
rx(pi*-0.001603895318) q[1];
rx(pi*0.000137892429) q[2];
rx(pi*0.000800509806) q[3];
rx(pi*0.00193388906) q[4];
rx(pi*-0.005922515726) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
