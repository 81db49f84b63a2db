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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001114267619) q[0];
rx(pi*-0.004176718485) q[1];
rx(pi*-0.003884028574) q[2];
rx(pi*-0.002881438921) q[3];
rx(pi*-0.002317771779) q[4];
rx(pi*0.002565548304) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001987336031) q[0];
rx(pi*-0.000158754466) q[1];
rx(pi*0.000846047588) q[2];
rx(pi*0.000860104541) q[3];
rx(pi*0.000662417033) q[4];
rx(pi*-0.003636982352) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003628634046) q[0];
rx(pi*0.00101734267) q[1];
rx(pi*-0.003034267961) q[2];
rx(pi*-0.002743172057) q[3];
rx(pi*0.003104844507) q[4];
rx(pi*0.001353369078) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.004030155491) q[0];
rx(pi*-0.003819412732) q[1];
rx(pi*0.001082451507) q[2];
rx(pi*-0.001728496467) q[3];
rx(pi*0.000765004607) q[4];
rx(pi*-0.001790179538) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002407114892) q[0];
rx(pi*0.005119578372) q[1];
rx(pi*0.002687935274) q[2];
rx(pi*-0.007029193135) q[3];
rx(pi*-0.001366730932) q[4];
rx(pi*0.000459514613) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
