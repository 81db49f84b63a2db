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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.056031072658) q[0];
rx(pi*0.090953265445) q[1];
rx(pi*0.000261327125) q[2];
rx(pi*-0.003778456499) q[3];
rx(pi*-0.001843673348) q[4];
rx(pi*-0.000624962161) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.170203381202) q[0];
rx(pi*0.09600159107) q[1];
rx(pi*-0.004357242994) q[2];
rx(pi*-0.002530337256) q[3];
rx(pi*0.002058260164) q[4];
rx(pi*-0.006342362474) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.054480747783) q[0];
rx(pi*0.092119463328) q[1];
rx(pi*0.003857375718) q[2];
rx(pi*0.002194262749) q[3];
rx(pi*-0.001041633197) q[4];
rx(pi*-0.001173508616) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.166501096135) q[0];
rx(pi*0.097205620611) q[1];
rx(pi*-0.001506195598) q[2];
rx(pi*-0.000966825654) q[3];
rx(pi*0.001122114703) q[4];
rx(pi*-0.000384350664) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.054756554616) q[0];
rx(pi*0.088882579762) q[1];
rx(pi*-0.000180304191) q[2];
rx(pi*-0.001412013693) q[3];
rx(pi*0.003711762251) q[4];
rx(pi*0.002078855082) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
