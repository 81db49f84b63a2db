// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.042235584639) q[0];
ry(pi*-0.279566567782) q[1];
ry(pi*-0.275653135006) q[2];
ry(pi*-0.131148776929) q[3];
ry(pi*0.001548920003) q[4];
ry(pi*-0.000111109469) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.041646841305) q[0];
ry(pi*-0.184947236245) q[1];
ry(pi*-0.227384776296) q[2];
ry(pi*0.143470684837) q[3];
ry(pi*-0.009242786297) q[4];
ry(pi*-8.6124472e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.026454366157) q[0];
ry(pi*-0.133698799596) q[1];
ry(pi*0.154001100531) q[2];
ry(pi*-0.05573370804) q[3];
ry(pi*-0.007452537983) q[4];
ry(pi*2.100833e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.067898317641) q[0];
ry(pi*-0.090988867806) q[1];
ry(pi*0.079558365989) q[2];
ry(pi*-0.075182467745) q[3];
ry(pi*0.001669304459) q[4];
ry(pi*-0.000724555894) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.134169636789) q[0];
ry(pi*-0.106369647475) q[1];
ry(pi*-0.296196845182) q[2];
ry(pi*-0.41527421139) q[3];
ry(pi*-0.011676488234) q[4];
ry(pi*0.000471279088) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
