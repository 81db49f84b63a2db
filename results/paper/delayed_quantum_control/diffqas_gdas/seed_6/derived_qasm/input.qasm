// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.316916735344) q[0];
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
rx(pi*0.002609954613) q[0];
rx(pi*0.00225806054) q[1];
rx(pi*2.1592766e-05) q[2];
rx(pi*-0.001367417212) q[3];
rx(pi*-0.001993248858) q[4];
rx(pi*-0.003788809393) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003076950121) q[0];
rx(pi*-0.000272658784) q[1];
rx(pi*-0.003306242299) q[2];
rx(pi*-0.000815410973) q[3];
rx(pi*0.005254443777) q[4];
rx(pi*0.00385140701) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004688241253) q[0];
rx(pi*-0.004805982568) q[1];
rx(pi*-0.001440208085) q[2];
rx(pi*-0.007224231795) q[3];
rx(pi*0.000620957799) q[4];
rx(pi*-0.003489302041) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.005316561146) q[0];
rx(pi*-0.003693262043) q[1];
rx(pi*-0.000357202292) q[2];
rx(pi*0.003841264298) q[3];
rx(pi*-0.000545461345) q[4];
rx(pi*0.005471257816) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000389244966) q[0];
rx(pi*-0.001868511936) q[1];
rx(pi*0.001246958348) q[2];
rx(pi*-0.005577783865) q[3];
rx(pi*0.000549551492) q[4];
rx(pi*-0.003272662907) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
