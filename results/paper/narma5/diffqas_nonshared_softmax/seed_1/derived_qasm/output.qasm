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
rx(pi*0.09231226439) q[0];
rx(pi*-5.8449667e-05) q[1];
rx(pi*0.003392139043) q[2];
rx(pi*-0.004956676878) q[3];
rx(pi*-0.001185010844) q[4];
rx(pi*-0.00106973821) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.101012853432) q[0];
rx(pi*-0.001069895032) q[1];
rx(pi*-0.001776913437) q[2];
rx(pi*0.002264321102) q[3];
rx(pi*-0.003557284064) q[4];
rx(pi*0.001634051315) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.081323761189) q[0];
rx(pi*0.006071016015) q[1];
rx(pi*-0.000191878086) q[2];
rx(pi*-0.001506633157) q[3];
rx(pi*-0.004215839698) q[4];
rx(pi*-0.000575233811) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.096088230122) q[0];
rx(pi*-0.00271645665) q[1];
rx(pi*0.003721698634) q[2];
rx(pi*-0.001160804731) q[3];
rx(pi*0.000271209759) q[4];
rx(pi*0.000815687263) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.094155789365) q[0];
rx(pi*-0.001603896356) q[1];
rx(pi*0.000137894171) q[2];
rx(pi*0.000800510103) q[3];
rx(pi*0.001933889949) q[4];
rx(pi*-0.005922515726) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
