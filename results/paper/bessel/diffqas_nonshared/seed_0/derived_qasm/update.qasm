// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.28980041097) q[0];
ry(pi*-0.01639474141) q[1];
ry(pi*0.077737598825) q[2];
ry(pi*-0.042860319275) q[3];
ry(pi*0.10590815436) q[4];
ry(pi*-0.041020897156) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008177465921) q[0];
ry(pi*-0.466340576065) q[1];
ry(pi*-0.035683645043) q[2];
ry(pi*0.191649036831) q[3];
ry(pi*0.035341713441) q[4];
ry(pi*-0.13996387599) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006525629138) q[0];
ry(pi*-0.292474790512) q[1];
ry(pi*-0.037859432634) q[2];
ry(pi*0.268771662499) q[3];
ry(pi*-0.107523323344) q[4];
ry(pi*-0.196300054147) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.230734073392) q[0];
ry(pi*0.04943028298) q[1];
ry(pi*-0.311994901977) q[2];
ry(pi*-0.046409897438) q[3];
ry(pi*-0.238304711987) q[4];
ry(pi*-0.051426832652) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.166428980721) q[0];
ry(pi*0.166869015659) q[1];
ry(pi*-0.017248615849) q[2];
ry(pi*-0.116836551896) q[3];
ry(pi*0.101590535654) q[4];
ry(pi*-0.003756771834) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
