// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.157804036024) q[0];
ry(pi*0.025808813673) q[1];
ry(pi*-0.051199629255) q[2];
ry(pi*0.034995012564) q[3];
ry(pi*0.16073672004) q[4];
ry(pi*0.38261957026) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.020436718109) q[0];
ry(pi*0.070277950804) q[1];
ry(pi*-0.134111513777) q[2];
ry(pi*-0.018623896968) q[3];
ry(pi*0.013601173881) q[4];
ry(pi*-0.006131671297) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.177953767608) q[0];
ry(pi*-0.2482155062) q[1];
ry(pi*-0.088346115834) q[2];
ry(pi*-0.045000502133) q[3];
ry(pi*0.192141114015) q[4];
ry(pi*-0.043702974891) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.011849835115) q[0];
ry(pi*0.154208197558) q[1];
ry(pi*0.043008320936) q[2];
ry(pi*0.044529745574) q[3];
ry(pi*-0.066790423012) q[4];
ry(pi*0.290126552503) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.152579206928) q[0];
ry(pi*-0.176415874626) q[1];
ry(pi*-0.255290026415) q[2];
ry(pi*-0.455648559993) q[3];
ry(pi*-0.202408633831) q[4];
ry(pi*-0.000412173198) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
