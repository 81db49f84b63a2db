// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rz(pi*0.125963695738) q[0];
rz(pi*1.772426196955) q[1];
rz(pi*0.029383630335) q[2];
rz(pi*0.601749645543) q[3];
rz(pi*1.636681651353) q[4];
rz(pi*1.489901948563) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.635979442133) q[0];
rz(pi*0.034130431567) q[1];
rz(pi*1.944356932999) q[2];
rz(pi*0.937337064415) q[3];
rz(pi*0.484333419287) q[4];
rz(pi*1.702967119428) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.89079532061) q[0];
rz(pi*1.360079328753) q[1];
rz(pi*0.891073840546) q[2];
rz(pi*0.778125278971) q[3];
rz(pi*0.967262324008) q[4];
rz(pi*1.741569375451) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.826705406725) q[0];
rz(pi*1.986733855121) q[1];
rz(pi*0.233459679353) q[2];
rz(pi*0.549810951874) q[3];
rz(pi*1.772513168031) q[4];
rz(pi*1.269103561629) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.076716560803) q[0];
rz(pi*0.941416508733) q[1];
rz(pi*0.153343059236) q[2];
rz(pi*0.124262096402) q[3];
rz(pi*1.038451564343) q[4];
rz(pi*0.398970511896) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
