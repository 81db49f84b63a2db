// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.030359911972) q[0];
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
rx(pi*0.003133671522) q[0];
rx(pi*0.000651191836) q[1];
rx(pi*0.005158940301) q[2];
rx(pi*0.003447230269) q[3];
rx(pi*-0.00012525418) q[4];
rx(pi*0.005843526842) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003351025691) q[0];
rx(pi*0.004384545963) q[1];
rx(pi*0.006365051509) q[2];
rx(pi*-0.000344764878) q[3];
rx(pi*-6.088622e-06) q[4];
rx(pi*0.003323098103) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004993914749) q[0];
rx(pi*0.001958139196) q[1];
rx(pi*0.001176361643) q[2];
rx(pi*0.003434810531) q[3];
rx(pi*0.001189172175) q[4];
rx(pi*-0.003468167289) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000321804037) q[0];
rx(pi*0.000513136638) q[1];
rx(pi*-0.004279093356) q[2];
rx(pi*0.00178477186) q[3];
rx(pi*-0.001995555233) q[4];
rx(pi*0.002741866495) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004382648096) q[0];
rx(pi*-0.002406459295) q[1];
rx(pi*-0.00422407387) q[2];
rx(pi*0.004608656209) q[3];
rx(pi*0.004415490515) q[4];
rx(pi*0.005049080384) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
