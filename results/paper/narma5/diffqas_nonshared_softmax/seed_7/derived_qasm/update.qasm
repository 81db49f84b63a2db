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
rx(pi*-0.061711987636) q[0];
rx(pi*-0.080363199433) q[1];
rx(pi*-0.001208404687) q[2];
rx(pi*0.002823559293) q[3];
rx(pi*-0.000631481819) q[4];
rx(pi*-0.001406705029) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.154324073615) q[0];
rx(pi*-0.085569311914) q[1];
rx(pi*-0.003759173072) q[2];
rx(pi*-0.001631481841) q[3];
rx(pi*0.000403721543) q[4];
rx(pi*0.000213857551) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.06752252917) q[0];
rx(pi*-0.081414394005) q[1];
rx(pi*0.003391686958) q[2];
rx(pi*0.001119565907) q[3];
rx(pi*0.003324306726) q[4];
rx(pi*-0.000610493736) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.150969530554) q[0];
rx(pi*-0.081240774391) q[1];
rx(pi*0.002349033383) q[2];
rx(pi*0.001246026311) q[3];
rx(pi*-0.001668792491) q[4];
rx(pi*0.005023758881) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.067392048841) q[0];
rx(pi*-0.081600810737) q[1];
rx(pi*-0.005107360515) q[2];
rx(pi*0.004400388504) q[3];
rx(pi*-0.001746170026) q[4];
rx(pi*-0.001220705401) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
