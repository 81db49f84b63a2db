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
rz(pi*-0.026303643375) q[0];
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
rx(pi*-0.008292134837) q[0];
rx(pi*-0.232008757446) q[1];
rx(pi*0.090963709943) q[2];
rx(pi*-0.003299808166) q[3];
rx(pi*0.092156621454) q[4];
rx(pi*-0.000747661514) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.434231553213) q[0];
rx(pi*-0.425743904805) q[1];
rx(pi*0.122043508664) q[2];
rx(pi*0.003706904931) q[3];
rx(pi*0.127161672973) q[4];
rx(pi*-0.002322724555) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.052764107801) q[0];
rx(pi*-0.223189844863) q[1];
rx(pi*0.001603134926) q[2];
rx(pi*0.014093370831) q[3];
rx(pi*0.075091887104) q[4];
rx(pi*0.001473544241) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.065324413027) q[0];
rx(pi*-0.406616567162) q[1];
rx(pi*0.179661182092) q[2];
rx(pi*0.005474212821) q[3];
rx(pi*0.130212822826) q[4];
rx(pi*-0.003919159878) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.052581386011) q[0];
rx(pi*-0.212303168399) q[1];
rx(pi*0.095207382365) q[2];
rx(pi*-0.003094906938) q[3];
rx(pi*0.073529765923) q[4];
rx(pi*0.00025285181) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
