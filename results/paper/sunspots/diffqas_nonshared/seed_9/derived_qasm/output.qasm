// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
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
rx(pi*-0.192333971996) q[0];
rx(pi*-0.289302736825) q[1];
rx(pi*0.109273796478) q[2];
rx(pi*-0.065096275222) q[3];
rx(pi*0.120284915194) q[4];
rx(pi*0.000247659595) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.147339711897) q[0];
rx(pi*-0.294985852642) q[1];
rx(pi*0.066106175609) q[2];
rx(pi*0.009880527937) q[3];
rx(pi*0.070419881187) q[4];
rx(pi*0.004551344282) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.039445618374) q[0];
rx(pi*0.283045714363) q[1];
rx(pi*0.100783302158) q[2];
rx(pi*-0.081416907894) q[3];
rx(pi*0.119508550358) q[4];
rx(pi*0.002945879858) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.44777714643) q[0];
rx(pi*-0.202620369695) q[1];
rx(pi*0.122131352486) q[2];
rx(pi*0.026121145417) q[3];
rx(pi*0.065391789997) q[4];
rx(pi*-0.000897061156) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.090371257437) q[0];
rx(pi*0.024124553057) q[1];
rx(pi*0.103443158062) q[2];
rx(pi*-0.06236986292) q[3];
rx(pi*0.120163385259) q[4];
rx(pi*-0.003484182363) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
