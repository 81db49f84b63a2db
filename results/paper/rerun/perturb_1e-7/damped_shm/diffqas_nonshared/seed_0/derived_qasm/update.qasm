// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.004160680881) q[0];
ry(pi*-0.002623652344) q[1];
ry(pi*0.03658009077) q[2];
ry(pi*-0.009721710624) q[3];
ry(pi*0.003056114783) q[4];
ry(pi*-0.011587331735) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.051069443004) q[0];
ry(pi*-0.314631962125) q[1];
ry(pi*0.494418003869) q[2];
ry(pi*-0.00472718934) q[3];
ry(pi*0.002090942945) q[4];
ry(pi*0.004924946143) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004372019503) q[0];
ry(pi*-0.061003151553) q[1];
ry(pi*0.07172050573) q[2];
ry(pi*-0.00216907109) q[3];
ry(pi*-0.00628959452) q[4];
ry(pi*0.197121915631) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.021251137533) q[0];
ry(pi*0.29625987265) q[1];
ry(pi*-0.156544036877) q[2];
ry(pi*-0.491164291476) q[3];
ry(pi*0.494509376622) q[4];
ry(pi*-0.16622893207) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.113796681342) q[0];
ry(pi*-0.063009391556) q[1];
ry(pi*-0.010234923449) q[2];
ry(pi*0.011906509084) q[3];
ry(pi*-0.013550947089) q[4];
ry(pi*0.00537711267) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
