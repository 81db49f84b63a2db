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
rx(pi*0.01328517091) q[0];
rx(pi*0.100941354632) q[1];
rx(pi*0.003215889924) q[2];
rx(pi*0.00167420002) q[3];
rx(pi*-0.001885474758) q[4];
rx(pi*0.002260608965) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.23228539908) q[0];
rx(pi*0.095775654104) q[1];
rx(pi*0.006163741169) q[2];
rx(pi*-0.001112580082) q[3];
rx(pi*-0.00193839153) q[4];
rx(pi*0.001078551348) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.007674265963) q[0];
rx(pi*0.097231641735) q[1];
rx(pi*-0.0018927096) q[2];
rx(pi*-0.001654615253) q[3];
rx(pi*0.00022931745) q[4];
rx(pi*0.003572584399) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.23236694395) q[0];
rx(pi*0.10303716972) q[1];
rx(pi*0.00161254111) q[2];
rx(pi*-0.003449824496) q[3];
rx(pi*0.000727833881) q[4];
rx(pi*-0.003000635801) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.01528352655) q[0];
rx(pi*0.102987897494) q[1];
rx(pi*-0.000250545231) q[2];
rx(pi*-0.004264182259) q[3];
rx(pi*0.000369575711) q[4];
rx(pi*-0.002441463421) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
