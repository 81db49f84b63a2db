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
ry(pi*0.30428614178) q[0];
ry(pi*0.00811081703) q[1];
ry(pi*0.01488133513) q[2];
ry(pi*0.001694432974) q[3];
ry(pi*-0.03692264373) q[4];
ry(pi*-0.006993108154) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008034931968) q[0];
ry(pi*-0.001832676121) q[1];
ry(pi*-0.510265826182) q[2];
ry(pi*0.018435869924) q[3];
ry(pi*0.030227184785) q[4];
ry(pi*0.004865109358) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.165320554856) q[0];
ry(pi*0.246506498006) q[1];
ry(pi*0.226089563729) q[2];
ry(pi*-0.035145257753) q[3];
ry(pi*-0.013343941368) q[4];
ry(pi*-0.015451903757) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001607111347) q[0];
ry(pi*0.465561782718) q[1];
ry(pi*0.049258546411) q[2];
ry(pi*-0.516537495605) q[3];
ry(pi*0.521952507525) q[4];
ry(pi*-0.005653754897) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.035335836632) q[0];
ry(pi*-0.009215398543) q[1];
ry(pi*0.030606158305) q[2];
ry(pi*-0.061826639951) q[3];
ry(pi*-0.122647800165) q[4];
ry(pi*-0.003756582403) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
