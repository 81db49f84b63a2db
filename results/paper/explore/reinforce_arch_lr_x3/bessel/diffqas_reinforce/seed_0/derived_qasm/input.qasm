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
rz(pi*0.002687594654) q[0];
rz(pi*0.003189793206) q[1];
rz(pi*0.002514087394) q[2];
rz(pi*-0.000557937113) q[3];
rz(pi*0.000411746978) q[4];
rz(pi*0.00403519572) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002765125009) q[0];
rz(pi*0.001158830157) q[1];
rz(pi*-0.005955274547) q[2];
rz(pi*0.00217177026) q[3];
rz(pi*-0.001435743561) q[4];
rz(pi*-0.003678542155) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002459944953) q[0];
rz(pi*-0.00353722898) q[1];
rz(pi*-0.002760707323) q[2];
rz(pi*0.004891792452) q[3];
rz(pi*-0.003329648741) q[4];
rz(pi*-0.002088187747) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002174932631) q[0];
rz(pi*0.002498042971) q[1];
rz(pi*-0.0058439561) q[2];
rz(pi*0.00398005054) q[3];
rz(pi*-0.000774670184) q[4];
rz(pi*-0.001008674718) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002854282397) q[0];
rz(pi*-0.000463002782) q[1];
rz(pi*0.004680404323) q[2];
rz(pi*0.000677539054) q[3];
rz(pi*-0.002968367011) q[4];
rz(pi*-0.001105673335) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
