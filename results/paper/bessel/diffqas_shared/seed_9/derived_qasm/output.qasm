// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.141516956657) q[0];
rx(pi*-0.116605653557) q[1];
rx(pi*0.024682629315) q[2];
rx(pi*-0.033961341696) q[3];
rx(pi*0.005013229599) q[4];
rx(pi*-0.0001751502) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.208217823556) q[0];
rx(pi*-0.10722486305) q[1];
rx(pi*-0.015387078621) q[2];
rx(pi*-0.028734695959) q[3];
rx(pi*0.001480922713) q[4];
rx(pi*0.000737587059) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.10235792638) q[0];
rx(pi*-0.109282030651) q[1];
rx(pi*0.018813120482) q[2];
rx(pi*-0.030104106199) q[3];
rx(pi*0.003528494402) q[4];
rx(pi*0.00055570133) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.257369135998) q[0];
rx(pi*-0.076115030469) q[1];
rx(pi*-0.011476495315) q[2];
rx(pi*-0.028925891452) q[3];
rx(pi*0.004865643263) q[4];
rx(pi*-0.004965627271) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.039141824366) q[0];
rx(pi*-0.088799441181) q[1];
rx(pi*0.024986560876) q[2];
rx(pi*-0.042869786676) q[3];
rx(pi*0.001827707484) q[4];
rx(pi*0.002585780961) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
