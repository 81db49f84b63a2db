// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*-1.293738e-06) q[0];
ry(pi*-0.447653216442) q[1];
ry(pi*-4.269351e-06) q[2];
ry(pi*-0.000194277694) q[3];
ry(pi*0.000228494989) q[4];
ry(pi*2.349212e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005396308348) q[0];
ry(pi*-0.00026227202) q[1];
ry(pi*-0.49889367505) q[2];
ry(pi*-0.500004719155) q[3];
ry(pi*0.000133920492) q[4];
ry(pi*5.215799e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.135885361336) q[0];
ry(pi*0.000237142856) q[1];
ry(pi*0.000606868089) q[2];
ry(pi*0.182913471529) q[3];
ry(pi*0.000113820154) q[4];
ry(pi*-0.000126491893) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.042649641141) q[0];
ry(pi*0.212273969341) q[1];
ry(pi*-0.0010150108) q[2];
ry(pi*0.21231436232) q[3];
ry(pi*-0.50039730325) q[4];
ry(pi*-0.001006710742) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-3.1831942e-05) q[0];
ry(pi*0.060831277432) q[1];
ry(pi*-0.031330452435) q[2];
ry(pi*-0.00685549763) q[3];
ry(pi*-0.013659116652) q[4];
ry(pi*3.6991642e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
