// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004405423101) q[0];
rx(pi*-0.003295061125) q[1];
rx(pi*0.004214149641) q[2];
rx(pi*-0.008134343237) q[3];
rx(pi*-0.001299975616) q[4];
rx(pi*-0.002713482968) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000668955738) q[0];
rx(pi*-0.001356429175) q[1];
rx(pi*-0.001686234375) q[2];
rx(pi*0.002080539802) q[3];
rx(pi*0.000117478327) q[4];
rx(pi*-0.000422501673) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004761274771) q[0];
rx(pi*0.001751985766) q[1];
rx(pi*0.002982075414) q[2];
rx(pi*-0.00187059879) q[3];
rx(pi*0.001840060077) q[4];
rx(pi*-0.000648133) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000578459067) q[0];
rx(pi*0.00494700048) q[1];
rx(pi*0.003032427604) q[2];
rx(pi*0.002283996879) q[3];
rx(pi*-0.001275665894) q[4];
rx(pi*-0.001074758132) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004314593443) q[0];
rx(pi*-0.001574261665) q[1];
rx(pi*0.000136300349) q[2];
rx(pi*-0.002807313285) q[3];
rx(pi*0.004585727347) q[4];
rx(pi*0.002257591112) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
