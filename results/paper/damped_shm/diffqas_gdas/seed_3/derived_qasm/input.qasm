// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000397437265) q[0];
rx(pi*0.001631397353) q[1];
rx(pi*-0.000514920965) q[2];
rx(pi*0.00155298773) q[3];
rx(pi*0.00322959477) q[4];
rx(pi*0.002335956268) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005421478069) q[0];
rx(pi*-0.00096841514) q[1];
rx(pi*2.9966167e-05) q[2];
rx(pi*-7.2942507e-05) q[3];
rx(pi*-0.087339023414) q[4];
rx(pi*0.004547489257) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00022726239) q[0];
rx(pi*-0.000542803567) q[1];
rx(pi*0.029692587301) q[2];
rx(pi*-1.7362876e-05) q[3];
rx(pi*0.002069640107) q[4];
rx(pi*0.001432768693) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.620285e-06) q[0];
rx(pi*0.000918445666) q[1];
rx(pi*-0.195081548399) q[2];
rx(pi*0.006397005766) q[3];
rx(pi*-0.091474560661) q[4];
rx(pi*-0.002364696868) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*7.5514649e-05) q[0];
rx(pi*-0.000843212644) q[1];
rx(pi*0.000502906584) q[2];
rx(pi*-8.9629076e-05) q[3];
rx(pi*-0.005696618485) q[4];
rx(pi*-0.005517177794) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
