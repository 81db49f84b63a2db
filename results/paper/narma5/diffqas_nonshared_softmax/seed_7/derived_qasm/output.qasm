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
rx(pi*0.099918998636) q[0];
rx(pi*0.002590722176) q[1];
rx(pi*-0.001081837487) q[2];
rx(pi*0.003348970409) q[3];
rx(pi*-1.7212967e-05) q[4];
rx(pi*0.001856903875) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.097677349524) q[0];
rx(pi*0.001566682941) q[1];
rx(pi*-0.005373760423) q[2];
rx(pi*-0.006478715462) q[3];
rx(pi*-0.000969145443) q[4];
rx(pi*-0.002864541021) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.100516488407) q[0];
rx(pi*0.007608461953) q[1];
rx(pi*-0.00264739407) q[2];
rx(pi*-0.001986051665) q[3];
rx(pi*0.000653797847) q[4];
rx(pi*0.001569318078) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.101226448626) q[0];
rx(pi*-0.000192331839) q[1];
rx(pi*0.00223601228) q[2];
rx(pi*0.001654938531) q[3];
rx(pi*-0.003290285032) q[4];
rx(pi*-0.000252046839) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.100108204363) q[0];
rx(pi*-0.002893374261) q[1];
rx(pi*0.000827101965) q[2];
rx(pi*-0.002730957165) q[3];
rx(pi*0.00309418538) q[4];
rx(pi*0.00061353323) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
