// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003465242818) q[0];
rx(pi*-0.001020965946) q[1];
rx(pi*-0.00126509748) q[2];
rx(pi*0.001197103155) q[3];
rx(pi*0.000457543671) q[4];
rx(pi*0.001217555999) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001894672687) q[0];
rx(pi*0.003291997619) q[1];
rx(pi*-0.002022295097) q[2];
rx(pi*-0.005227169266) q[3];
rx(pi*0.000394828067) q[4];
rx(pi*0.002253305495) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000995140923) q[0];
rx(pi*-0.003681608329) q[1];
rx(pi*-0.005344288631) q[2];
rx(pi*-0.005275993854) q[3];
rx(pi*0.001105272462) q[4];
rx(pi*-0.002109490437) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003407680391) q[0];
rx(pi*0.006326948302) q[1];
rx(pi*0.002630856948) q[2];
rx(pi*0.001201898665) q[3];
rx(pi*0.000640728069) q[4];
rx(pi*0.001666625892) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.006570456997) q[0];
rx(pi*-0.000889056139) q[1];
rx(pi*-0.003753499924) q[2];
rx(pi*0.001939221736) q[3];
rx(pi*0.004300328901) q[4];
rx(pi*-0.003368903652) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
