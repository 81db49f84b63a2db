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
rx(pi*1.376893433105) q[0];
rx(pi*0.777842812704) q[1];
rx(pi*0.270193005892) q[2];
rx(pi*1.442976727581) q[3];
rx(pi*1.050708642373) q[4];
rx(pi*0.620483754017) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.97167067988) q[0];
rx(pi*1.778975741241) q[1];
rx(pi*1.868087094395) q[2];
rx(pi*0.715590419551) q[3];
rx(pi*1.14305963014) q[4];
rx(pi*0.643738802648) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.188600068213) q[0];
rx(pi*0.67582247791) q[1];
rx(pi*0.783237979129) q[2];
rx(pi*1.780548657916) q[3];
rx(pi*0.454315193231) q[4];
rx(pi*1.246374285782) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.168030679055) q[0];
rx(pi*1.66528830498) q[1];
rx(pi*1.574196652314) q[2];
rx(pi*0.478738887229) q[3];
rx(pi*1.75296850583) q[4];
rx(pi*0.117136065178) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.672234124193) q[0];
rx(pi*0.300558926523) q[1];
rx(pi*0.900678756121) q[2];
rx(pi*1.592648484247) q[3];
rx(pi*0.461284414696) q[4];
rx(pi*0.104042602025) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
