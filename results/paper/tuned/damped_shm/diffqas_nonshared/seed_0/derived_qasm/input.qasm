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
rz(pi*-0.136495314956) q[0];
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
rx(pi*-0.194478898041) q[0];
rx(pi*0.148416377383) q[1];
rx(pi*-0.160627588795) q[2];
rx(pi*0.03110999385) q[3];
rx(pi*0.094084850261) q[4];
rx(pi*0.001028808657) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.364706867924) q[0];
rx(pi*0.406632542216) q[1];
rx(pi*0.118025782694) q[2];
rx(pi*0.065710812007) q[3];
rx(pi*0.107424190738) q[4];
rx(pi*-0.003335123268) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.026524816712) q[0];
rx(pi*0.301593643264) q[1];
rx(pi*-0.08727208756) q[2];
rx(pi*0.025902057613) q[3];
rx(pi*0.095187128957) q[4];
rx(pi*-0.005943887341) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.628240799858) q[0];
rx(pi*0.309017660464) q[1];
rx(pi*0.053622226206) q[2];
rx(pi*0.060174834591) q[3];
rx(pi*0.109887507948) q[4];
rx(pi*-0.002788677303) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.282706955953) q[0];
rx(pi*0.111306451289) q[1];
rx(pi*-0.164884712896) q[2];
rx(pi*0.033549199069) q[3];
rx(pi*0.095326958107) q[4];
rx(pi*0.0004249393) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
