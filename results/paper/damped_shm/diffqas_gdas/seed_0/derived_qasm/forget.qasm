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
ry(pi*-0.136495314956) q[0];
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
rx(pi*-0.000318509337) q[0];
rx(pi*0.005884390583) q[1];
rx(pi*-0.000210599945) q[2];
rx(pi*-0.002785866669) q[3];
rx(pi*0.000537729691) q[4];
rx(pi*-0.000236313651) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000714636112) q[0];
rx(pi*-0.00303690873) q[1];
rx(pi*-0.004844711282) q[2];
rx(pi*0.001063108346) q[3];
rx(pi*-0.000882871245) q[4];
rx(pi*0.001858514483) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000754702701) q[0];
rx(pi*-0.001270690883) q[1];
rx(pi*-0.004502641831) q[2];
rx(pi*0.003005228985) q[3];
rx(pi*-0.000955622839) q[4];
rx(pi*-0.000579978184) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001423935249) q[0];
rx(pi*1.3775178e-05) q[1];
rx(pi*-0.001528784433) q[2];
rx(pi*-0.002028851812) q[3];
rx(pi*0.002306946344) q[4];
rx(pi*-0.001199803065) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002696237037) q[0];
rx(pi*0.001477332713) q[1];
rx(pi*-0.003041980086) q[2];
rx(pi*0.003207927596) q[3];
rx(pi*0.003462006186) q[4];
rx(pi*0.002651188916) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
