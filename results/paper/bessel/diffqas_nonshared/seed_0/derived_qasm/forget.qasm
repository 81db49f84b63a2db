// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*-0.095655613529) q[0];
rx(pi*0.013545864764) q[1];
rx(pi*0.001962843548) q[2];
rx(pi*0.055565623725) q[3];
rx(pi*0.008086093761) q[4];
rx(pi*0.00115097744) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.094271750799) q[0];
rx(pi*0.072001539555) q[1];
rx(pi*-0.060635189341) q[2];
rx(pi*0.064004199122) q[3];
rx(pi*0.008183257945) q[4];
rx(pi*0.000131497974) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.148278739585) q[0];
rx(pi*-0.045248807968) q[1];
rx(pi*0.006877457399) q[2];
rx(pi*0.050600664354) q[3];
rx(pi*0.008058772411) q[4];
rx(pi*-0.00100677559) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.095655850689) q[0];
rx(pi*0.017179684299) q[1];
rx(pi*-0.057442184997) q[2];
rx(pi*0.069577197111) q[3];
rx(pi*0.008049946526) q[4];
rx(pi*0.001118885927) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.093345520229) q[0];
rx(pi*0.014185324624) q[1];
rx(pi*-0.002442227519) q[2];
rx(pi*0.052297596394) q[3];
rx(pi*0.008334250779) q[4];
rx(pi*0.00070089421) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
