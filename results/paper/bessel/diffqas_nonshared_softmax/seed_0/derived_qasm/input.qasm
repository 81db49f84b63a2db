// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.012835305718) q[0];
ry(pi*-0.000625649775) q[1];
ry(pi*0.000314100508) q[2];
ry(pi*0.007566962624) q[3];
ry(pi*0.009634494681) q[4];
ry(pi*0.004453445793) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000126127343) q[0];
ry(pi*-0.018326309421) q[1];
ry(pi*-0.001902327449) q[2];
ry(pi*-0.000872507901) q[3];
ry(pi*0.173989241223) q[4];
ry(pi*-7.401645e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.1950558e-05) q[0];
ry(pi*0.000135125771) q[1];
ry(pi*0.000115402025) q[2];
ry(pi*0.002932806449) q[3];
ry(pi*0.000143966154) q[4];
ry(pi*0.003493871509) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.165900115379) q[0];
ry(pi*0.007152843275) q[1];
ry(pi*-0.002253891575) q[2];
ry(pi*0.000648392393) q[3];
ry(pi*0.000443821409) q[4];
ry(pi*-0.001368613088) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001468251734) q[0];
ry(pi*-0.000260895699) q[1];
ry(pi*-0.141578001473) q[2];
ry(pi*0.169262921072) q[3];
ry(pi*8.653044e-06) q[4];
ry(pi*-0.002470731849) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
