// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.192963392901) q[0];
ry(pi*0.345492027969) q[1];
ry(pi*0.001360633862) q[2];
ry(pi*-0.000625758275) q[3];
ry(pi*0.501647834997) q[4];
ry(pi*0.022459881802) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.15722847875) q[0];
ry(pi*-0.197878359082) q[1];
ry(pi*-0.50145548928) q[2];
ry(pi*0.000202708913) q[3];
ry(pi*5.1637056e-05) q[4];
ry(pi*-0.257192822254) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.013234048841) q[0];
ry(pi*0.002192787469) q[1];
ry(pi*-0.009280548587) q[2];
ry(pi*-0.020371610754) q[3];
ry(pi*-0.015182609319) q[4];
ry(pi*-0.14902122858) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00514109406) q[0];
ry(pi*0.001014220689) q[1];
ry(pi*-0.005972251599) q[2];
ry(pi*-0.005614832305) q[3];
ry(pi*-0.002533867373) q[4];
ry(pi*0.001645653891) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003140411294) q[0];
ry(pi*0.007294592823) q[1];
ry(pi*0.009777755528) q[2];
ry(pi*-0.19574022528) q[3];
ry(pi*3.3612844e-05) q[4];
ry(pi*0.001490671889) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
