// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.002781426749) q[0];
rz(pi*-0.005436410214) q[1];
rz(pi*0.003295098181) q[2];
rz(pi*0.000662171128) q[3];
rz(pi*0.003459231125) q[4];
rz(pi*-0.000211806012) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002276117556) q[0];
rz(pi*-0.001771366724) q[1];
rz(pi*-0.000124919054) q[2];
rz(pi*-0.00062391199) q[3];
rz(pi*0.00106584183) q[4];
rz(pi*0.00429926198) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001930046485) q[0];
rz(pi*-0.009213714711) q[1];
rz(pi*-0.000431723243) q[2];
rz(pi*-7.6858638e-05) q[3];
rz(pi*0.002433993347) q[4];
rz(pi*0.000344384756) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002307742606) q[0];
rz(pi*-0.002571648042) q[1];
rz(pi*-0.001157461747) q[2];
rz(pi*-0.0023266322) q[3];
rz(pi*0.004385757848) q[4];
rz(pi*0.001804947006) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*8.2576587e-05) q[0];
rz(pi*0.002962785466) q[1];
rz(pi*0.006695336808) q[2];
rz(pi*-0.000740880535) q[3];
rz(pi*-0.000176639394) q[4];
rz(pi*-0.001025234814) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
