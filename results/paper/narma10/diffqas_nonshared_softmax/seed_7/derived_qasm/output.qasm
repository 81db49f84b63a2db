// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.099983325738) q[0];
rx(pi*0.002746069255) q[1];
rx(pi*-0.001081924643) q[2];
rx(pi*0.003349049561) q[3];
rx(pi*-1.7125421e-05) q[4];
rx(pi*0.001856926257) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.097653899207) q[0];
rx(pi*0.001722048697) q[1];
rx(pi*-0.005373751529) q[2];
rx(pi*-0.006478642535) q[3];
rx(pi*-0.000969167973) q[4];
rx(pi*-0.002864607129) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.100580265298) q[0];
rx(pi*0.007763905674) q[1];
rx(pi*-0.002647429644) q[2];
rx(pi*-0.001986030321) q[3];
rx(pi*0.000653844464) q[4];
rx(pi*0.001569311408) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.101203406224) q[0];
rx(pi*-3.6932804e-05) q[1];
rx(pi*0.002236031846) q[2];
rx(pi*0.001654902068) q[3];
rx(pi*-0.003290281475) q[4];
rx(pi*-0.000252035351) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.100172446087) q[0];
rx(pi*-0.002737990719) q[1];
rx(pi*0.000827088995) q[2];
rx(pi*-0.002730975249) q[3];
rx(pi*0.003094175301) q[4];
rx(pi*0.000613529116) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
