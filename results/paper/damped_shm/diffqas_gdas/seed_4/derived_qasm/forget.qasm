// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.136495314956) q[0];
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
rx(pi*-0.002074848867) q[0];
rx(pi*-0.000556211223) q[1];
rx(pi*0.005295690531) q[2];
rx(pi*0.002098032676) q[3];
rx(pi*-0.005224805974) q[4];
rx(pi*-1.6628148e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001984636713) q[0];
rx(pi*0.000473070715) q[1];
rx(pi*-0.005119031719) q[2];
rx(pi*0.000769544948) q[3];
rx(pi*0.000749156952) q[4];
rx(pi*0.005015333202) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001007879789) q[0];
rx(pi*0.00162506757) q[1];
rx(pi*-0.004752773201) q[2];
rx(pi*0.007170617182) q[3];
rx(pi*-0.006097733794) q[4];
rx(pi*0.003507039485) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001050209175) q[0];
rx(pi*-0.002803286616) q[1];
rx(pi*-0.002089122747) q[2];
rx(pi*-0.002139180119) q[3];
rx(pi*0.001210158851) q[4];
rx(pi*-0.000350304587) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.004719177208) q[0];
rx(pi*-0.005823793405) q[1];
rx(pi*-9.802216e-06) q[2];
rx(pi*-0.002839541758) q[3];
rx(pi*0.002469598672) q[4];
rx(pi*-0.006741973008) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
