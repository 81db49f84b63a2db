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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(pi*-0.000381738465) q[1];
rx(pi*0.000407259108) q[2];
rx(pi*0.003728468348) q[3];
rx(pi*-0.004946729822) q[4];
rx(pi*-0.000299469833) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003142487921) q[0];
rx(pi*1.55e-10) q[1];
rx(pi*-8.89e-10) q[2];
rx(pi*-7.14e-10) q[3];
rx(pi*-0.154454843278) q[4];
rx(pi*-0.000557336951) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*2.0e-12) q[0];
rx(pi*2.8e-11) q[1];
rx(pi*0.023358587658) q[2];
rx(pi*9.0e-12) q[3];
rx(pi*0.002729323137) q[4];
rx(pi*0.00104813581) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*4.0e-12) q[0];
rx(pi*5.1e-11) q[1];
rx(pi*0.019126811149) q[2];
rx(pi*-0.109218196841) q[3];
rx(pi*-0.151655480761) q[4];
rx(pi*0.005326459584) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*6.0e-12) q[0];
rx(pi*3.0e-12) q[1];
rx(pi*-0.000407258775) q[2];
rx(pi*-0.003728463308) q[3];
rx(pi*0.002217406092) q[4];
rx(pi*-0.002318009976) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
