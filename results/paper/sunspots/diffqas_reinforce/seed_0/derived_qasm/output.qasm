// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
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
rz(pi*0.004143773198) q[0];
rz(pi*0.000864107791) q[1];
rz(pi*0.006832765906) q[2];
rz(pi*0.002519788112) q[3];
rz(pi*0.001180539353) q[4];
rz(pi*0.003997469597) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003728645625) q[0];
rz(pi*-0.005157176429) q[1];
rz(pi*-0.002559307159) q[2];
rz(pi*-0.000718675084) q[3];
rz(pi*0.000908628825) q[4];
rz(pi*0.000895713572) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.0049126687) q[0];
rz(pi*0.00120176252) q[1];
rz(pi*0.001424582694) q[2];
rz(pi*-0.002862415777) q[3];
rz(pi*-0.003718998279) q[4];
rz(pi*0.001815525053) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00140906521) q[0];
rz(pi*0.002705282294) q[1];
rz(pi*0.003223016562) q[2];
rz(pi*0.001197491577) q[3];
rz(pi*-0.004564901199) q[4];
rz(pi*-0.00283530876) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005824383932) q[0];
rz(pi*-0.001621374999) q[1];
rz(pi*-0.002832433796) q[2];
rz(pi*0.004976912795) q[3];
rz(pi*0.002052896657) q[4];
rz(pi*-0.000791307357) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
