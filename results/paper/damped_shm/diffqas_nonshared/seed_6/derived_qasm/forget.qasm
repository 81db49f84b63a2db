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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.098792150233) q[0];
ry(pi*0.222120237239) q[1];
ry(pi*0.14639330381) q[2];
ry(pi*0.22441463059) q[3];
ry(pi*-0.127839654626) q[4];
ry(pi*-0.074920430383) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.014351278062) q[0];
ry(pi*-0.190508167567) q[1];
ry(pi*0.130241177597) q[2];
ry(pi*-0.068246605113) q[3];
ry(pi*-0.019984023606) q[4];
ry(pi*0.00688112329) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.182375138785) q[0];
ry(pi*0.14191888483) q[1];
ry(pi*-0.036836094798) q[2];
ry(pi*0.230236399248) q[3];
ry(pi*-0.049656978856) q[4];
ry(pi*0.061974812367) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.094140525789) q[0];
ry(pi*-0.043131103073) q[1];
ry(pi*-0.215996118874) q[2];
ry(pi*0.221180725746) q[3];
ry(pi*0.081349355426) q[4];
ry(pi*-0.090356411262) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.090288118856) q[0];
ry(pi*0.142157751724) q[1];
ry(pi*0.257241297624) q[2];
ry(pi*0.01822127629) q[3];
ry(pi*-0.102643048832) q[4];
ry(pi*0.001256049406) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
