// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*0.090298658218) q[0];
rx(pi*0.007048589212) q[1];
rx(pi*-0.000684946355) q[2];
rx(pi*-0.002725933834) q[3];
rx(pi*-0.004065419307) q[4];
rx(pi*0.000313092618) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.113110133494) q[0];
rx(pi*0.005418231951) q[1];
rx(pi*0.00513476487) q[2];
rx(pi*-0.002327737511) q[3];
rx(pi*-0.001300523454) q[4];
rx(pi*0.004256869747) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.091042342496) q[0];
rx(pi*0.005645540883) q[1];
rx(pi*0.001327211736) q[2];
rx(pi*0.000162948944) q[3];
rx(pi*-0.000241831534) q[4];
rx(pi*0.001459801005) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.112160281854) q[0];
rx(pi*0.002627492547) q[1];
rx(pi*0.003692407973) q[2];
rx(pi*-0.005412932625) q[3];
rx(pi*0.000633404515) q[4];
rx(pi*-0.000998515849) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.093352995492) q[0];
rx(pi*0.011647559537) q[1];
rx(pi*0.003122204868) q[2];
rx(pi*0.000859273001) q[3];
rx(pi*0.000288998803) q[4];
rx(pi*0.002634765334) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
