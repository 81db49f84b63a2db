// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002833648051) q[0];
ry(pi*-0.398852235786) q[1];
ry(pi*-0.001641105916) q[2];
ry(pi*2.253878e-06) q[3];
ry(pi*0.000613857767) q[4];
ry(pi*-0.002914393991) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-2.678017e-06) q[0];
ry(pi*-0.000682845198) q[1];
ry(pi*-0.4956800331) q[2];
ry(pi*0.500045472617) q[3];
ry(pi*-1.66194e-07) q[4];
ry(pi*1.488993e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.152957144062) q[0];
ry(pi*-4.884255e-05) q[1];
ry(pi*0.001387821513) q[2];
ry(pi*0.07801138506) q[3];
ry(pi*0.000609914104) q[4];
ry(pi*-2.706025e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.009633691304) q[0];
ry(pi*0.128675612862) q[1];
ry(pi*0.00325825103) q[2];
ry(pi*-0.128692318366) q[3];
ry(pi*0.499999292949) q[4];
ry(pi*0.004923969936) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-5.959259e-06) q[0];
ry(pi*-0.045409739557) q[1];
ry(pi*-0.106788451908) q[2];
ry(pi*0.043698027747) q[3];
ry(pi*0.03995911579) q[4];
ry(pi*2.790712e-06) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
