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
rx(pi*-0.087232795) q[0];
rx(pi*-0.005089833254) q[1];
rx(pi*-0.006930147684) q[2];
rx(pi*-0.020218733096) q[3];
rx(pi*-0.002531875531) q[4];
rx(pi*-0.005071165256) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.094254030252) q[0];
rx(pi*-0.028439048375) q[1];
rx(pi*-0.011834387741) q[2];
rx(pi*-0.022574311187) q[3];
rx(pi*-0.001102453378) q[4];
rx(pi*-0.002171992745) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.113499985514) q[0];
rx(pi*-0.021466288492) q[1];
rx(pi*-0.001859709618) q[2];
rx(pi*-0.021342726101) q[3];
rx(pi*0.001681517276) q[4];
rx(pi*0.001494592874) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.098486281081) q[0];
rx(pi*-0.004360251656) q[1];
rx(pi*-0.007990097587) q[2];
rx(pi*-0.019217522227) q[3];
rx(pi*-0.004826997851) q[4];
rx(pi*-0.007710511619) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.106525233493) q[0];
rx(pi*-0.004644048684) q[1];
rx(pi*-0.000690113984) q[2];
rx(pi*-0.024644591328) q[3];
rx(pi*0.000564606219) q[4];
rx(pi*0.003109439173) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
