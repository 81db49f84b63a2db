// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
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
rz(pi*-0.004407875032) q[0];
rz(pi*0.002578670331) q[1];
rz(pi*0.002715120257) q[2];
rz(pi*-0.001246983249) q[3];
rz(pi*-0.004450833483) q[4];
rz(pi*8.9022532e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004038874062) q[0];
rz(pi*0.000910025397) q[1];
rz(pi*0.001817764579) q[2];
rz(pi*-0.003057741696) q[3];
rz(pi*0.003085268782) q[4];
rz(pi*-0.003960150499) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004213677398) q[0];
rz(pi*0.002354465962) q[1];
rz(pi*-0.000757081409) q[2];
rz(pi*0.002809706223) q[3];
rz(pi*0.002492492257) q[4];
rz(pi*0.006528160221) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001181867223) q[0];
rz(pi*-0.001152532983) q[1];
rz(pi*0.004599029615) q[2];
rz(pi*-0.001779829607) q[3];
rz(pi*-0.002865044984) q[4];
rz(pi*-0.001783743626) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002152097744) q[0];
rz(pi*-0.00272436206) q[1];
rz(pi*-0.007464857818) q[2];
rz(pi*0.004951554829) q[3];
rz(pi*-0.001214010689) q[4];
rz(pi*0.000903126358) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
