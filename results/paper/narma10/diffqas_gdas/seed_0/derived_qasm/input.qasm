// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003808856473) q[0];
rx(pi*-0.000645126708) q[1];
rx(pi*-0.000190374459) q[2];
rx(pi*-0.001371793098) q[3];
rx(pi*0.005991590165) q[4];
rx(pi*-0.00445395865) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000544090379) q[0];
rx(pi*0.004401152454) q[1];
rx(pi*-0.000744330241) q[2];
rx(pi*-0.001455115033) q[3];
rx(pi*0.000744544722) q[4];
rx(pi*0.001677995756) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001334745251) q[0];
rx(pi*0.00635752585) q[1];
rx(pi*0.008153086533) q[2];
rx(pi*0.009998767287) q[3];
rx(pi*0.002508097638) q[4];
rx(pi*8.9080784e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002780737208) q[0];
rx(pi*0.001899352582) q[1];
rx(pi*0.000288494339) q[2];
rx(pi*0.001660750714) q[3];
rx(pi*0.002590440253) q[4];
rx(pi*-0.002400093493) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003589647421) q[0];
rx(pi*-0.003670093354) q[1];
rx(pi*0.005918565244) q[2];
rx(pi*-0.003355317979) q[3];
rx(pi*-0.000749190525) q[4];
rx(pi*-0.000590395334) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
