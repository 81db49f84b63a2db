// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
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
rz(pi*-0.004332200152) q[0];
rz(pi*0.000715271847) q[1];
rz(pi*-0.003322888217) q[2];
rz(pi*0.001083464474) q[3];
rz(pi*-0.001295672952) q[4];
rz(pi*-0.002377998839) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004228342146) q[0];
rz(pi*-0.000286601975) q[1];
rz(pi*-0.002307302528) q[2];
rz(pi*-0.001939642546) q[3];
rz(pi*-0.002017909576) q[4];
rz(pi*0.000602941026) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000478758056) q[0];
rz(pi*-0.005448966616) q[1];
rz(pi*-0.00050911612) q[2];
rz(pi*0.001270553331) q[3];
rz(pi*0.003309541482) q[4];
rz(pi*0.002493218261) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000666808186) q[0];
rz(pi*-0.003637054685) q[1];
rz(pi*-0.002451390615) q[2];
rz(pi*0.00291079658) q[3];
rz(pi*-0.002235450212) q[4];
rz(pi*0.003265472829) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004054067379) q[0];
rz(pi*-0.003382102755) q[1];
rz(pi*0.001401455211) q[2];
rz(pi*-0.000355873125) q[3];
rz(pi*0.006454780747) q[4];
rz(pi*0.0026675621) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
