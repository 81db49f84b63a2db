// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.04698597172) q[0];
rx(pi*0.099605455008) q[1];
rx(pi*-0.000310809533) q[2];
rx(pi*-0.000335236334) q[3];
rx(pi*0.002069906911) q[4];
rx(pi*-0.003394328913) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.183118642822) q[0];
rx(pi*0.092595726727) q[1];
rx(pi*0.004074377112) q[2];
rx(pi*0.000235027358) q[3];
rx(pi*0.004807575686) q[4];
rx(pi*-2.8093347e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.041641453044) q[0];
rx(pi*0.101754090225) q[1];
rx(pi*1.532227e-05) q[2];
rx(pi*-0.003992455456) q[3];
rx(pi*-0.002817017845) q[4];
rx(pi*0.00562425346) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.189253632571) q[0];
rx(pi*0.101668285974) q[1];
rx(pi*-0.000621280818) q[2];
rx(pi*-0.002195556305) q[3];
rx(pi*0.002838069591) q[4];
rx(pi*-0.000333121318) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.042505841943) q[0];
rx(pi*0.099805475201) q[1];
rx(pi*-0.002623345223) q[2];
rx(pi*0.000604810324) q[3];
rx(pi*0.003594350587) q[4];
rx(pi*-0.002661325995) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
