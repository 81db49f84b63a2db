// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.093618765741) q[0];
ry(pi*0.049365552708) q[1];
ry(pi*0.042143737567) q[2];
ry(pi*-0.001411956627) q[3];
ry(pi*-0.025351172026) q[4];
ry(pi*0.022616677333) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.158722174717) q[0];
ry(pi*0.113416657206) q[1];
ry(pi*-0.019820384843) q[2];
ry(pi*0.082660998392) q[3];
ry(pi*-0.004100919097) q[4];
ry(pi*0.054574131647) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.088559065954) q[0];
ry(pi*0.010165066978) q[1];
ry(pi*0.125869439128) q[2];
ry(pi*-0.00291689869) q[3];
ry(pi*-0.038498522525) q[4];
ry(pi*0.054521752633) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.164536676812) q[0];
ry(pi*0.087731598023) q[1];
ry(pi*-0.017890219629) q[2];
ry(pi*0.000552332482) q[3];
ry(pi*-0.030683121256) q[4];
ry(pi*-0.029283048684) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.064638296809) q[0];
ry(pi*-0.016691660168) q[1];
ry(pi*0.07636143903) q[2];
ry(pi*-0.008924019234) q[3];
ry(pi*-0.016360538289) q[4];
ry(pi*0.003190460513) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
