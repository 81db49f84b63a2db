// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.500000355423) q[0];
rx(pi*-0.206660976799) q[1];
rx(pi*-0.000761641539) q[2];
rx(pi*0.233337589722) q[3];
rx(pi*-0.168237804541) q[4];
rx(pi*-0.001769343607) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.499931446404) q[0];
rx(pi*0.001685381639) q[1];
rx(pi*-0.002025604953) q[2];
rx(pi*-1.2755461e-05) q[3];
rx(pi*-0.23377631554) q[4];
rx(pi*0.000999077398) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*2.3380081e-05) q[0];
rx(pi*0.500053137607) q[1];
rx(pi*4.6242608e-05) q[2];
rx(pi*0.256078495863) q[3];
rx(pi*-0.167582979127) q[4];
rx(pi*0.0012713908) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002056347919) q[0];
rx(pi*6.3282057e-05) q[1];
rx(pi*-0.001354184758) q[2];
rx(pi*0.497346143912) q[3];
rx(pi*-0.239417065211) q[4];
rx(pi*-0.002127148877) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.4566e-08) q[0];
rx(pi*0.119773125325) q[1];
rx(pi*0.000273108442) q[2];
rx(pi*0.232041789) q[3];
rx(pi*-0.16384105999) q[4];
rx(pi*0.00171689478) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
