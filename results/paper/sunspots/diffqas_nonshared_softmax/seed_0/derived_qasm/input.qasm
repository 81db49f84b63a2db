// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.028972092464) q[0];
ry(pi*-0.017415867735) q[1];
ry(pi*-0.002528097879) q[2];
ry(pi*0.005987292244) q[3];
ry(pi*0.007192652843) q[4];
ry(pi*1.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00842974299) q[0];
ry(pi*0.000818960581) q[1];
ry(pi*0.005517417325) q[2];
ry(pi*-0.000230921425) q[3];
ry(pi*4.0e-11) q[4];
ry(pi*1.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001525974688) q[0];
ry(pi*2.8450687e-05) q[1];
ry(pi*0.000351634569) q[2];
ry(pi*-7.0e-12) q[3];
ry(pi*-0.000625554911) q[4];
ry(pi*-8.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003886413805) q[0];
ry(pi*0.004481510044) q[1];
ry(pi*1.0e-12) q[2];
ry(pi*-1.1e-11) q[3];
ry(0) q[4];
ry(pi*1.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000497956216) q[0];
ry(pi*-1.0e-12) q[1];
ry(pi*-0.00027007345) q[2];
ry(pi*0.000189141767) q[3];
ry(pi*0.000330187397) q[4];
ry(pi*-0.004055077678) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
