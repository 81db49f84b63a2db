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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.120719391116) q[0];
ry(pi*0.083101773267) q[1];
ry(pi*0.071453089594) q[2];
ry(pi*0.063737983013) q[3];
ry(pi*-0.023432911026) q[4];
ry(pi*-0.000711156095) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.110943246494) q[0];
ry(pi*-0.069924260842) q[1];
ry(pi*0.015624433624) q[2];
ry(pi*-0.051246520401) q[3];
ry(pi*-0.02377926565) q[4];
ry(pi*-0.000375700129) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.104100241233) q[0];
ry(pi*0.111211340905) q[1];
ry(pi*-0.048217492773) q[2];
ry(pi*0.008319669037) q[3];
ry(pi*0.138416781224) q[4];
ry(pi*-0.000176060447) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.074809937844) q[0];
ry(pi*-0.074274730861) q[1];
ry(pi*-0.20895633776) q[2];
ry(pi*0.127228381154) q[3];
ry(pi*-0.075213592537) q[4];
ry(pi*0.002165955854) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.121959630147) q[0];
ry(pi*0.125379714564) q[1];
ry(pi*0.09052795336) q[2];
ry(pi*0.087280852969) q[3];
ry(pi*0.133353694802) q[4];
ry(pi*-0.002163787476) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
