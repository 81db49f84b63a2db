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
rx(pi*0.002450029024) q[0];
rx(pi*0.001885499067) q[1];
rx(pi*0.004345886322) q[2];
rx(pi*-0.001812623557) q[3];
rx(pi*-0.002933721588) q[4];
rx(pi*0.003713197954) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003222506077) q[0];
rx(pi*-0.003288993996) q[1];
rx(pi*0.002387213073) q[2];
rx(pi*-0.002863247909) q[3];
rx(pi*-0.001500720775) q[4];
rx(pi*0.001885008592) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000304127624) q[0];
rx(pi*-0.000703000926) q[1];
rx(pi*0.002601665301) q[2];
rx(pi*-0.004141018889) q[3];
rx(pi*-0.000749155766) q[4];
rx(pi*-0.008637325601) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00323032196) q[0];
rx(pi*0.001863625712) q[1];
rx(pi*-0.000479045463) q[2];
rx(pi*0.002276516873) q[3];
rx(pi*-0.001099908436) q[4];
rx(pi*-0.002731303714) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002153987904) q[0];
rx(pi*0.000242680972) q[1];
rx(pi*0.00056809298) q[2];
rx(pi*0.003159824862) q[3];
rx(pi*-0.001210363252) q[4];
rx(pi*0.002025281823) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
