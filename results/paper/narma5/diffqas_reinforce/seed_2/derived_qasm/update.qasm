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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009255788558) q[0];
ry(pi*0.008231671654) q[1];
ry(pi*0.031447507173) q[2];
ry(pi*0.00599869783) q[3];
ry(pi*-0.017669229807) q[4];
ry(pi*-0.067795935951) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.036728369908) q[0];
ry(pi*0.146201565222) q[1];
ry(pi*0.008545219433) q[2];
ry(pi*0.505562557919) q[3];
ry(pi*0.01294051079) q[4];
ry(pi*0.031383116039) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026010987273) q[0];
ry(pi*-0.101780376967) q[1];
ry(pi*0.032566266072) q[2];
ry(pi*-0.041490254475) q[3];
ry(pi*-0.010716566808) q[4];
ry(pi*0.163124705956) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.024525108078) q[0];
ry(pi*0.006774313835) q[1];
ry(pi*0.014290010317) q[2];
ry(pi*-0.009967551188) q[3];
ry(pi*0.482912094866) q[4];
ry(pi*0.038420845724) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.042110947916) q[0];
ry(pi*-0.010385149665) q[1];
ry(pi*-0.004579460115) q[2];
ry(pi*0.145697933634) q[3];
ry(pi*0.0021842149) q[4];
ry(pi*0.000158119509) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
