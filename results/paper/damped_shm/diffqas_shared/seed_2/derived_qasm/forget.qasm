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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.016452658094) q[0];
ry(pi*-0.464186486183) q[1];
ry(pi*0.022115545405) q[2];
ry(pi*0.001971640974) q[3];
ry(pi*-0.00156567116) q[4];
ry(pi*0.003314691694) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.509846718185) q[0];
ry(pi*0.495050896787) q[1];
ry(pi*-0.505478091247) q[2];
ry(pi*0.56371380193) q[3];
ry(pi*-0.012564095033) q[4];
ry(pi*-0.014200563298) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.247330693138) q[0];
ry(pi*-0.51571555823) q[1];
ry(pi*0.0014660171) q[2];
ry(pi*0.202959279887) q[3];
ry(pi*0.273586642299) q[4];
ry(pi*-0.478752737335) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001780977014) q[0];
ry(pi*-0.000852975679) q[1];
ry(pi*0.011611916859) q[2];
ry(pi*0.007205162405) q[3];
ry(pi*0.491722090258) q[4];
ry(pi*0.034761486499) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000722974486) q[0];
ry(pi*0.22433633006) q[1];
ry(pi*-0.111509952981) q[2];
ry(pi*-0.016503439839) q[3];
ry(pi*0.082658645772) q[4];
ry(pi*-0.004790146549) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
