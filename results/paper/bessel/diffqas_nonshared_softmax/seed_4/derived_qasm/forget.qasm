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
ry(pi*-0.000697015469) q[0];
ry(pi*-0.002648853785) q[1];
ry(pi*-0.00447773595) q[2];
ry(pi*-0.084280806213) q[3];
ry(pi*-0.46086420628) q[4];
ry(pi*-0.0038368309) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.477790781081) q[0];
ry(pi*0.000691102716) q[1];
ry(pi*0.002490267109) q[2];
ry(pi*-0.001089511741) q[3];
ry(pi*-0.004345439869) q[4];
ry(pi*-0.009253392063) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.039970077295) q[0];
ry(pi*-0.001707627482) q[1];
ry(pi*-0.014146298868) q[2];
ry(pi*0.000163256788) q[3];
ry(pi*-0.000422230422) q[4];
ry(pi*0.034849505819) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00788059578) q[0];
ry(pi*-0.00030995109) q[1];
ry(pi*0.007332959869) q[2];
ry(pi*-0.018581061247) q[3];
ry(pi*-0.349028548139) q[4];
ry(pi*-0.109440898954) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.02745277143) q[0];
ry(pi*0.501211803309) q[1];
ry(pi*0.352159468909) q[2];
ry(pi*-0.018943380253) q[3];
ry(pi*0.071176576026) q[4];
ry(pi*-0.006742099295) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
