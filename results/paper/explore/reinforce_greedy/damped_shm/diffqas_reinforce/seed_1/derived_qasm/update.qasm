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
ry(pi*-0.001712254906) q[0];
ry(pi*0.456800053996) q[1];
ry(pi*-0.010478279769) q[2];
ry(pi*0.007941707001) q[3];
ry(pi*0.009156968409) q[4];
ry(pi*0.010100712603) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.230635984287) q[0];
ry(pi*0.003798576505) q[1];
ry(pi*-0.005647291119) q[2];
ry(pi*-0.496673711788) q[3];
ry(pi*0.010102988147) q[4];
ry(pi*-0.002000166648) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.254970449452) q[0];
ry(pi*-0.506373908502) q[1];
ry(pi*-0.121702890925) q[2];
ry(pi*-0.020765852593) q[3];
ry(pi*-0.007553764707) q[4];
ry(pi*-0.007571782295) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.371279521017) q[0];
ry(pi*0.012754573119) q[1];
ry(pi*-0.002875592053) q[2];
ry(pi*0.016088244971) q[3];
ry(pi*-0.494910650236) q[4];
ry(pi*-0.497932819216) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.0168287525) q[0];
ry(pi*-0.500043954797) q[1];
ry(pi*-0.02123413558) q[2];
ry(pi*0.231534969991) q[3];
ry(pi*0.195982886723) q[4];
ry(pi*-0.004625838108) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
