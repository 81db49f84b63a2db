// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.028632911911) q[0];
ry(pi*0.116048888789) q[1];
ry(pi*0.166932745118) q[2];
ry(pi*0.008845531941) q[3];
ry(pi*-0.514118432329) q[4];
ry(pi*0.500569537854) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.150291956816) q[0];
ry(pi*0.333844468432) q[1];
ry(pi*-0.840741341751) q[2];
ry(pi*-0.030439108005) q[3];
ry(pi*-0.03532916534) q[4];
ry(pi*-0.517534665279) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.15493975825) q[0];
ry(pi*-0.018840260997) q[1];
ry(pi*0.004860156878) q[2];
ry(pi*0.007336017446) q[3];
ry(pi*-0.505861871987) q[4];
ry(pi*0.017436405734) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.005337098552) q[0];
ry(pi*-0.048489775418) q[1];
ry(pi*-0.009215253283) q[2];
ry(pi*-0.490893929821) q[3];
ry(pi*-0.502498003821) q[4];
ry(pi*-0.022417484826) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.011468692772) q[0];
ry(pi*-0.134500844046) q[1];
ry(pi*0.018294221761) q[2];
ry(pi*0.007285963187) q[3];
ry(pi*-0.011345468334) q[4];
ry(pi*-0.003538945421) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
