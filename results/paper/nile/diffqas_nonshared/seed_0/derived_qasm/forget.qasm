// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.061718044686) q[0];
rx(pi*-0.124877050587) q[1];
rx(pi*0.092109635444) q[2];
rx(pi*0.020120110382) q[3];
rx(pi*-0.035713524749) q[4];
rx(pi*-0.003085264039) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.229044360483) q[0];
rx(pi*-0.088395131928) q[1];
rx(pi*0.083628466229) q[2];
rx(pi*0.033820362323) q[3];
rx(pi*-0.036302507614) q[4];
rx(pi*-0.001257078974) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.053797079049) q[0];
rx(pi*-0.044409648081) q[1];
rx(pi*0.076772867807) q[2];
rx(pi*0.004473240594) q[3];
rx(pi*-0.030107796398) q[4];
rx(pi*0.002287853831) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.168310906538) q[0];
rx(pi*-0.175010639095) q[1];
rx(pi*0.051968571003) q[2];
rx(pi*0.007838501775) q[3];
rx(pi*-0.040222059101) q[4];
rx(pi*0.000390178262) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.147051971205) q[0];
rx(pi*-0.0672714628) q[1];
rx(pi*0.085993542552) q[2];
rx(pi*0.019352639022) q[3];
rx(pi*-0.036306166982) q[4];
rx(pi*0.001169685385) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
