// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.15238626357) q[0];
ry(pi*-0.115771953077) q[1];
ry(pi*-0.149753624073) q[2];
ry(pi*0.008059137044) q[3];
ry(pi*-0.202704798422) q[4];
ry(pi*-0.013371598891) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.009556487636) q[0];
ry(pi*0.44405150591) q[1];
ry(pi*-0.053003856927) q[2];
ry(pi*-0.12827072494) q[3];
ry(pi*-0.087435110895) q[4];
ry(pi*0.372296536184) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.09108970796) q[0];
ry(pi*0.135626601517) q[1];
ry(pi*0.220144434267) q[2];
ry(pi*-0.041491814983) q[3];
ry(pi*-0.022199381233) q[4];
ry(pi*-0.090823453905) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.016835319442) q[0];
ry(pi*-0.01909564011) q[1];
ry(pi*0.304562441905) q[2];
ry(pi*-0.193741085829) q[3];
ry(pi*-0.16561922385) q[4];
ry(pi*-0.477467940806) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.190151119428) q[0];
ry(pi*0.010260082498) q[1];
ry(pi*-0.151466294007) q[2];
ry(pi*-0.171854389707) q[3];
ry(pi*0.220388120238) q[4];
ry(pi*-0.00154764201) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
