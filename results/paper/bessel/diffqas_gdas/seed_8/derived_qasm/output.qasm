// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.011004963245) q[0];
rx(pi*0.141669943408) q[1];
rx(pi*-0.001063230706) q[2];
rx(pi*-0.023144594037) q[3];
rx(pi*0.000859582494) q[4];
rx(pi*0.006671269285) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002325613304) q[0];
rx(pi*0.261137484172) q[1];
rx(pi*-0.033777619094) q[2];
rx(pi*-0.030652316629) q[3];
rx(pi*0.00106242177) q[4];
rx(pi*0.003144433813) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.022277432746) q[0];
rx(pi*0.129559695473) q[1];
rx(pi*0.00259848114) q[2];
rx(pi*-0.02764981053) q[3];
rx(pi*0.004400460541) q[4];
rx(pi*-0.006363934488) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002693047837) q[0];
rx(pi*0.299331731256) q[1];
rx(pi*-0.033025508544) q[2];
rx(pi*-0.02652060239) q[3];
rx(pi*0.000823954045) q[4];
rx(pi*-0.005559353027) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.010831609249) q[0];
rx(pi*0.17480649233) q[1];
rx(pi*0.00279487991) q[2];
rx(pi*-0.027847530277) q[3];
rx(pi*-0.002300848088) q[4];
rx(pi*0.003035674612) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
