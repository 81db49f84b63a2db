// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.316916735344) q[0];
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
ry(pi*-0.015708472224) q[0];
ry(pi*0.612830109652) q[1];
ry(pi*0.697252196431) q[2];
ry(pi*0.306478613531) q[3];
ry(pi*-0.085795960358) q[4];
ry(pi*-0.165123124443) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.066225106278) q[0];
ry(pi*0.039212713667) q[1];
ry(pi*0.153244277625) q[2];
ry(pi*0.016097776406) q[3];
ry(pi*-0.022323045603) q[4];
ry(pi*0.278290631526) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.105150876109) q[0];
ry(pi*-0.285915740879) q[1];
ry(pi*-0.108735558599) q[2];
ry(pi*-0.340723114) q[3];
ry(pi*-0.09844806048) q[4];
ry(pi*-0.283086980089) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.501729531648) q[0];
ry(pi*-0.312949515778) q[1];
ry(pi*0.16883438362) q[2];
ry(pi*-0.004802297112) q[3];
ry(pi*-0.218947785124) q[4];
ry(pi*-0.232882091995) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.020337647164) q[0];
ry(pi*0.179927578442) q[1];
ry(pi*-0.216484116918) q[2];
ry(pi*-0.36098354208) q[3];
ry(pi*0.373240544219) q[4];
ry(pi*-0.002176377673) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
