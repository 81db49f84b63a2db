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
rx(pi*0.021061851173) q[0];
rx(pi*0.113859433705) q[1];
rx(pi*0.007232374069) q[2];
rx(pi*-0.082747922036) q[3];
rx(pi*0.001312082452) q[4];
rx(pi*-0.003084476669) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.174317507703) q[0];
rx(pi*0.02034893832) q[1];
rx(pi*0.057081717021) q[2];
rx(pi*-0.072898092004) q[3];
rx(pi*0.005557254759) q[4];
rx(pi*-0.00125596729) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.055132381032) q[0];
rx(pi*0.165544660951) q[1];
rx(pi*0.004987882008) q[2];
rx(pi*-0.080278476628) q[3];
rx(pi*0.006918549999) q[4];
rx(pi*0.002288305619) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.323578314655) q[0];
rx(pi*0.099787308795) q[1];
rx(pi*0.057890923683) q[2];
rx(pi*-0.077226169438) q[3];
rx(pi*0.001638506205) q[4];
rx(pi*0.000390060572) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.087210264862) q[0];
rx(pi*0.099739155961) q[1];
rx(pi*0.001114895573) q[2];
rx(pi*-0.083515692217) q[3];
rx(pi*0.000719727182) q[4];
rx(pi*0.001169759794) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
