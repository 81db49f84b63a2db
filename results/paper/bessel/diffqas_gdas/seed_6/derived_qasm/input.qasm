// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004811551959) q[0];
rx(pi*-0.308810534977) q[1];
rx(pi*0.357408241614) q[2];
rx(pi*0.014915088834) q[3];
rx(pi*0.003795162892) q[4];
rx(pi*-0.001673587112) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.01755358261) q[0];
rx(pi*-0.061599526675) q[1];
rx(pi*0.04393291985) q[2];
rx(pi*0.000666102786) q[3];
rx(pi*-0.002267956162) q[4];
rx(pi*0.006372099885) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000481580808) q[0];
rx(pi*-0.255066831011) q[1];
rx(pi*0.023730116747) q[2];
rx(pi*0.021405428661) q[3];
rx(pi*-0.000133037518) q[4];
rx(pi*0.002238030506) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.01767593193) q[0];
rx(pi*0.071855150577) q[1];
rx(pi*0.226482963653) q[2];
rx(pi*0.003942163445) q[3];
rx(pi*-0.00028758626) q[4];
rx(pi*-4.9239621e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.010847348329) q[0];
rx(pi*-0.443728362072) q[1];
rx(pi*0.35331191155) q[2];
rx(pi*0.017394793755) q[3];
rx(pi*-0.001156290106) q[4];
rx(pi*0.000929554951) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
