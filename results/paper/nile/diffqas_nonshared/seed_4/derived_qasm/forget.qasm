// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.063383369021) q[0];
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
rx(pi*-0.002177580071) q[0];
rx(pi*-0.003833189911) q[1];
rx(pi*0.005278241532) q[2];
rx(pi*0.001453710753) q[3];
rx(pi*-0.005193694225) q[4];
rx(pi*-1.6565203e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003106287622) q[0];
rx(pi*-0.00346274968) q[1];
rx(pi*-0.003795022672) q[2];
rx(pi*0.000207829831) q[3];
rx(pi*0.000780076157) q[4];
rx(pi*0.005015358697) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002192021296) q[0];
rx(pi*-0.00035122458) q[1];
rx(pi*-0.004749933514) q[2];
rx(pi*0.006468284008) q[3];
rx(pi*-0.006066660584) q[4];
rx(pi*0.003507135534) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002087855724) q[0];
rx(pi*-0.006090342723) q[1];
rx(pi*-0.000806947423) q[2];
rx(pi*-0.002755989631) q[3];
rx(pi*0.001241009354) q[4];
rx(pi*-0.000350329637) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004801590081) q[0];
rx(pi*-0.009094932267) q[1];
rx(pi*-2.7348848e-05) q[2];
rx(pi*-0.00348391882) q[3];
rx(pi*0.002500713089) q[4];
rx(pi*-0.006741995538) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
