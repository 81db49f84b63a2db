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
rx(pi*-0.001277756453) q[0];
rx(pi*-0.00128379453) q[1];
rx(pi*0.000714985996) q[2];
rx(pi*0.001831395164) q[3];
rx(pi*-0.003975999265) q[4];
rx(pi*-0.005506803852) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000699306057) q[0];
rx(pi*0.003601645313) q[1];
rx(pi*0.002409790791) q[2];
rx(pi*0.000686438532) q[3];
rx(pi*-0.00100953694) q[4];
rx(pi*0.00093339256) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000153729421) q[0];
rx(pi*0.002340004282) q[1];
rx(pi*-0.002528804317) q[2];
rx(pi*0.000427299703) q[3];
rx(pi*-0.000352624339) q[4];
rx(pi*0.001729566648) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001428122593) q[0];
rx(pi*0.007855744445) q[1];
rx(pi*0.004770366274) q[2];
rx(pi*0.004764262385) q[3];
rx(pi*-0.006491942431) q[4];
rx(pi*-0.001083261184) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00131672203) q[0];
rx(pi*0.001434461566) q[1];
rx(pi*-0.007254366448) q[2];
rx(pi*0.003738545545) q[3];
rx(pi*0.003396313343) q[4];
rx(pi*-0.004144620153) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
