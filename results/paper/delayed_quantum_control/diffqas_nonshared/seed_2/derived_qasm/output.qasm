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
rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.085691344627) q[0];
ry(pi*-0.036473859984) q[1];
ry(pi*0.044484960403) q[2];
ry(pi*-0.498486026593) q[3];
ry(pi*-1.3569e-08) q[4];
ry(pi*-7.59e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.062395599452) q[0];
ry(pi*-0.014888289828) q[1];
ry(pi*0.000845290456) q[2];
ry(pi*9.7043464e-05) q[3];
ry(pi*-9.015e-09) q[4];
ry(pi*-1.1512e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001573440797) q[0];
ry(pi*-0.005382710817) q[1];
ry(pi*0.074636417837) q[2];
ry(pi*-0.005963010685) q[3];
ry(pi*-3.67662e-07) q[4];
ry(pi*-2.1077e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.226900686639) q[0];
ry(pi*-0.070481300714) q[1];
ry(pi*0.03713986509) q[2];
ry(pi*0.039850093639) q[3];
ry(pi*0.121129325789) q[4];
ry(pi*1.406562e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.133608090889) q[0];
ry(pi*-0.377311488746) q[1];
ry(pi*-0.119805435914) q[2];
ry(pi*-0.214828023717) q[3];
ry(pi*0.27927247122) q[4];
ry(pi*0.008672986066) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
