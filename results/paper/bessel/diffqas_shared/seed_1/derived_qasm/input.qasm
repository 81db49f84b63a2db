// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
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
rz(pi*-0.000250504506) q[0];
rz(pi*0.006560124557) q[1];
rz(pi*0.002882634797) q[2];
rz(pi*0.000966317614) q[3];
rz(pi*0.002083476873) q[4];
rz(pi*-0.003032494602) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005835660266) q[0];
rz(pi*-0.000900250727) q[1];
rz(pi*-0.006962939114) q[2];
rz(pi*0.002501937128) q[3];
rz(pi*0.002846261668) q[4];
rz(pi*-0.004180175972) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00276987116) q[0];
rz(pi*-0.005165760411) q[1];
rz(pi*-0.000523253003) q[2];
rz(pi*0.004286137582) q[3];
rz(pi*-0.000511149465) q[4];
rz(pi*0.004363179092) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002067236349) q[0];
rz(pi*0.004764490948) q[1];
rz(pi*-0.002704661826) q[2];
rz(pi*0.002940787158) q[3];
rz(pi*-0.002143450173) q[4];
rz(pi*-0.000948409638) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001168667378) q[0];
rz(pi*0.007602800959) q[1];
rz(pi*0.000649562033) q[2];
rz(pi*-0.007153341309) q[3];
rz(pi*-0.003089495851) q[4];
rz(pi*0.001514542718) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
