// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*-0.398560283145) q[0];
rx(pi*0.022807429338) q[1];
rx(pi*0.199214135383) q[2];
rx(pi*0.236817874668) q[3];
rx(pi*-0.266446874805) q[4];
rx(pi*0.071117475917) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.158734848512) q[0];
rx(pi*0.249898047411) q[1];
rx(pi*-0.061833209265) q[2];
rx(pi*0.09618885209) q[3];
rx(pi*0.263798658682) q[4];
rx(pi*0.018534787901) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.009765347944) q[0];
rx(pi*0.192604409541) q[1];
rx(pi*0.016297317536) q[2];
rx(pi*0.232033858391) q[3];
rx(pi*-0.004462976931) q[4];
rx(pi*0.2599303431) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.475352441493) q[0];
rx(pi*-0.253925013109) q[1];
rx(pi*0.261234226213) q[2];
rx(pi*0.369129908703) q[3];
rx(pi*0.401084189825) q[4];
rx(pi*0.118600220576) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.119422243329) q[0];
rx(pi*-0.002028980175) q[1];
rx(pi*-0.031543779638) q[2];
rx(pi*-0.514293892299) q[3];
rx(pi*0.011761807495) q[4];
rx(pi*-0.006741949292) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
