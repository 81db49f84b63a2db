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
rx(pi*-0.175158417827) q[0];
rx(pi*0.017287999716) q[1];
rx(pi*-0.000397985881) q[2];
rx(pi*-0.004755885621) q[3];
rx(pi*-0.000517639034) q[4];
rx(pi*-0.001679198598) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.171503564629) q[0];
rx(pi*0.024062965146) q[1];
rx(pi*0.000283475029) q[2];
rx(pi*0.001468961433) q[3];
rx(pi*-0.000429542748) q[4];
rx(pi*0.000770195358) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.170758922228) q[0];
rx(pi*0.022002380079) q[1];
rx(pi*-0.000285395649) q[2];
rx(pi*-0.00675414699) q[3];
rx(pi*0.005497016878) q[4];
rx(pi*-0.004825442975) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.175115273798) q[0];
rx(pi*0.021439954318) q[1];
rx(pi*0.000441944181) q[2];
rx(pi*-0.005714518086) q[3];
rx(pi*0.000579386026) q[4];
rx(pi*0.001702570948) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.169906059273) q[0];
rx(pi*0.01969636592) q[1];
rx(pi*0.002236401221) q[2];
rx(pi*-0.001963707994) q[3];
rx(pi*0.001572476003) q[4];
rx(pi*0.003152126966) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
