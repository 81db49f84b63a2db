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
ry(pi*0.002006388227) q[0];
ry(pi*-0.000705636507) q[1];
ry(pi*-0.184598668924) q[2];
ry(pi*0.288409993155) q[3];
ry(pi*0.121648505544) q[4];
ry(pi*0.033376530464) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.385198422017) q[0];
ry(pi*-0.041685265862) q[1];
ry(pi*-0.047267925723) q[2];
ry(pi*0.040550188029) q[3];
ry(pi*-0.019344643194) q[4];
ry(pi*0.030597022927) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.274816702451) q[0];
ry(pi*0.121579226556) q[1];
ry(pi*0.289562682441) q[2];
ry(pi*-0.147827690968) q[3];
ry(pi*-0.422330365985) q[4];
ry(pi*0.282369848172) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.023394265911) q[0];
ry(pi*0.015524639343) q[1];
ry(pi*-0.020710205524) q[2];
ry(pi*-0.00471453926) q[3];
ry(pi*-0.021829618982) q[4];
ry(pi*0.180572898509) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.048211929014) q[0];
ry(pi*-0.370969050974) q[1];
ry(pi*0.020286102951) q[2];
ry(pi*-0.040639037406) q[3];
ry(pi*-0.066211787409) q[4];
ry(pi*-0.00380651986) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
