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
rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.005345623838) q[0];
rx(pi*0.001722598018) q[1];
rx(pi*0.096327078043) q[2];
rx(pi*-0.118661597415) q[3];
rx(pi*-0.077784276527) q[4];
rx(pi*-0.156880404721) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.013119057389) q[0];
rx(pi*-0.064886963127) q[1];
rx(pi*0.054136719692) q[2];
rx(pi*-0.01800459091) q[3];
rx(pi*0.174762077127) q[4];
rx(pi*0.013387900038) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.111382702762) q[0];
rx(pi*-0.066401263498) q[1];
rx(pi*-0.200520390089) q[2];
rx(pi*0.101436600265) q[3];
rx(pi*-0.276636302791) q[4];
rx(pi*0.383880840581) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.046639614724) q[0];
rx(pi*-0.113871614209) q[1];
rx(pi*-0.126343008397) q[2];
rx(pi*0.051944987878) q[3];
rx(pi*0.105929697915) q[4];
rx(pi*-0.035969948549) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.095288007056) q[0];
rx(pi*-0.005053257353) q[1];
rx(pi*0.068813747974) q[2];
rx(pi*-0.004343524215) q[3];
rx(pi*0.160883967535) q[4];
rx(pi*0.000924088354) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
