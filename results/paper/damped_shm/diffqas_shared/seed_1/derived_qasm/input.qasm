// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*0.006741321413) q[0];
rz(pi*-0.003539640594) q[1];
rz(pi*-0.001201920231) q[2];
rz(pi*0.006502382186) q[3];
rz(pi*0.002058538975) q[4];
rz(pi*0.002110608939) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001636121123) q[0];
rz(pi*-0.005245981932) q[1];
rz(pi*0.000533053168) q[2];
rz(pi*0.00034702156) q[3];
rz(pi*-0.003906776306) q[4];
rz(pi*-0.002174765879) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000229316542) q[0];
rz(pi*-0.003007230017) q[1];
rz(pi*-0.000312805322) q[2];
rz(pi*0.000303936229) q[3];
rz(pi*0.000113272093) q[4];
rz(pi*-0.001611596475) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001889945508) q[0];
rz(pi*0.002836667979) q[1];
rz(pi*0.001021285073) q[2];
rz(pi*-0.002604509434) q[3];
rz(pi*0.002328925827) q[4];
rz(pi*-0.001596123903) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002798454494) q[0];
rz(pi*-0.003411600338) q[1];
rz(pi*0.002910835118) q[2];
rz(pi*-6.3863408e-05) q[3];
rz(pi*-0.003974885209) q[4];
rz(pi*-0.00099917619) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
