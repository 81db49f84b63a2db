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
ry(pi*-0.084593989359) q[0];
ry(pi*-0.026893718075) q[1];
ry(pi*0.024226313389) q[2];
ry(pi*-0.122905820047) q[3];
ry(pi*0.39203111559) q[4];
ry(pi*-0.013511480216) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.085722042533) q[0];
ry(pi*0.321613496903) q[1];
ry(pi*-0.1745258095) q[2];
ry(pi*0.043416908544) q[3];
ry(pi*-0.051876837768) q[4];
ry(pi*-0.009441873268) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.05604580974) q[0];
ry(pi*0.02824023058) q[1];
ry(pi*-0.019110796964) q[2];
ry(pi*0.21223888873) q[3];
ry(pi*0.094400831888) q[4];
ry(pi*0.00255241857) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.0756116645) q[0];
ry(pi*0.272047591979) q[1];
ry(pi*-0.089216964953) q[2];
ry(pi*-0.060907324948) q[3];
ry(pi*-0.011089051648) q[4];
ry(pi*0.001165537246) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.111430068227) q[0];
ry(pi*-0.010064408251) q[1];
ry(pi*0.086716603453) q[2];
ry(pi*-0.243205145043) q[3];
ry(pi*0.031668532569) q[4];
ry(pi*-0.005428091257) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
