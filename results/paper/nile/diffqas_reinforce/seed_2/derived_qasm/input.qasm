// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002636311317) q[0];
rx(pi*0.000631969478) q[1];
rx(pi*0.003726010191) q[2];
rx(pi*0.002224870534) q[3];
rx(pi*0.000586236596) q[4];
rx(pi*0.000769838655) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000236853614) q[0];
rx(pi*0.002689653197) q[1];
rx(pi*-0.003358360733) q[2];
rx(pi*-0.001485676275) q[3];
rx(pi*0.000736988232) q[4];
rx(pi*0.005740251654) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002166870844) q[0];
rx(pi*-0.006116366218) q[1];
rx(pi*0.01621654462) q[2];
rx(pi*-0.00251197134) q[3];
rx(pi*0.016744749474) q[4];
rx(pi*-0.00020013427) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.005988233174) q[0];
rx(pi*0.003479719914) q[1];
rx(pi*0.003592641261) q[2];
rx(pi*-0.004217166012) q[3];
rx(pi*0.000786710097) q[4];
rx(pi*0.003748307617) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000166294577) q[0];
rx(pi*0.003136990864) q[1];
rx(pi*0.00755436057) q[2];
rx(pi*0.000875208701) q[3];
rx(pi*-0.000881444065) q[4];
rx(pi*-0.00245434147) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
