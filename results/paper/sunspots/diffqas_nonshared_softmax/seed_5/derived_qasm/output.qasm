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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.087757002532) q[0];
ry(pi*0.019941349153) q[1];
ry(pi*0.275880504414) q[2];
ry(pi*-0.023328904795) q[3];
ry(pi*0.027934750369) q[4];
ry(pi*-0.203007831149) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.150708645787) q[0];
ry(pi*0.357959324043) q[1];
ry(pi*0.044473339595) q[2];
ry(pi*0.511254761683) q[3];
ry(pi*0.140812081134) q[4];
ry(pi*-0.005035522577) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.270171908197) q[0];
ry(pi*-0.117410534432) q[1];
ry(pi*0.080527617264) q[2];
ry(pi*-0.029322061397) q[3];
ry(pi*-0.101809035303) q[4];
ry(pi*-0.007159451127) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.084512586785) q[0];
ry(pi*-0.107631297251) q[1];
ry(pi*-0.575447232123) q[2];
ry(pi*0.00239010612) q[3];
ry(pi*-0.531904093145) q[4];
ry(pi*0.072215096803) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.065887732879) q[0];
ry(pi*0.111134112335) q[1];
ry(pi*0.002120156827) q[2];
ry(pi*-0.021043283967) q[3];
ry(pi*-0.920418458168) q[4];
ry(pi*0.006246221633) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
