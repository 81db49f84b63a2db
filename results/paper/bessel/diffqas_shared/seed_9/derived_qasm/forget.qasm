// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*0.104732906477) q[0];
rx(pi*-0.105556921369) q[1];
rx(pi*-0.007262337373) q[2];
rx(pi*-0.019517908255) q[3];
rx(pi*0.008846424846) q[4];
rx(pi*-0.001440723314) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.170238613595) q[0];
rx(pi*-0.112960286733) q[1];
rx(pi*-0.004776197133) q[2];
rx(pi*-0.019435359016) q[3];
rx(pi*-0.000980310682) q[4];
rx(pi*0.00448955775) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.098899128071) q[0];
rx(pi*-0.083885660797) q[1];
rx(pi*0.00133897899) q[2];
rx(pi*-0.019503594503) q[3];
rx(pi*0.003113965655) q[4];
rx(pi*0.00443236707) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.255403673173) q[0];
rx(pi*-0.089713785325) q[1];
rx(pi*-0.00270850944) q[2];
rx(pi*-0.015140859788) q[3];
rx(pi*0.000642664253) q[4];
rx(pi*0.007458823299) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.091061979289) q[0];
rx(pi*-0.095334765393) q[1];
rx(pi*0.00059065884) q[2];
rx(pi*-0.024443854914) q[3];
rx(pi*0.007649881832) q[4];
rx(pi*-0.003728136918) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
