// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*-0.008104276768) q[0];
rz(pi*-0.001084591574) q[1];
rz(pi*0.002417700648) q[2];
rz(pi*-0.00115178608) q[3];
rz(pi*-0.004860946322) q[4];
rz(pi*0.00103882271) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001071025096) q[0];
rz(pi*-0.000861716409) q[1];
rz(pi*-0.003692529221) q[2];
rz(pi*-0.002358403845) q[3];
rz(pi*-0.000999541934) q[4];
rz(pi*-0.002787777877) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006112937487) q[0];
rz(pi*-0.002449603768) q[1];
rz(pi*-0.000197607133) q[2];
rz(pi*-0.001614794569) q[3];
rz(pi*-0.000241470922) q[4];
rz(pi*0.000265189469) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002852715366) q[0];
rz(pi*0.007013828767) q[1];
rz(pi*0.002328220575) q[2];
rz(pi*-0.004471192427) q[3];
rz(pi*-0.008458392432) q[4];
rz(pi*-0.000301390805) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00022638579) q[0];
rz(pi*-0.003699169386) q[1];
rz(pi*0.00086511557) q[2];
rz(pi*-0.002442117388) q[3];
rz(pi*0.001281191262) q[4];
rz(pi*-0.001036412875) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
