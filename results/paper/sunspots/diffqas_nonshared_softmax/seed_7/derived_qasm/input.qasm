// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.082620368253) q[0];
ry(pi*-0.105081748903) q[1];
ry(pi*0.148400174657) q[2];
ry(pi*-0.046007713133) q[3];
ry(pi*-0.01193006375) q[4];
ry(pi*0.030727595748) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.043802401575) q[0];
ry(pi*-0.115099644277) q[1];
ry(pi*-0.037172199395) q[2];
ry(pi*-0.097551066915) q[3];
ry(pi*0.063382794203) q[4];
ry(pi*0.071251617986) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.105177580251) q[0];
ry(pi*0.059082677856) q[1];
ry(pi*0.009389934185) q[2];
ry(pi*0.011922504296) q[3];
ry(pi*0.006618747383) q[4];
ry(pi*0.051874537323) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.030809475012) q[0];
ry(pi*-0.102116536111) q[1];
ry(pi*0.083450340587) q[2];
ry(pi*-0.150125006122) q[3];
ry(pi*-0.05847057907) q[4];
ry(pi*0.02672017198) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026944126294) q[0];
ry(pi*0.131315139467) q[1];
ry(pi*0.116366217481) q[2];
ry(pi*0.011000595956) q[3];
ry(pi*-0.053879463463) q[4];
ry(pi*0.002217614644) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
