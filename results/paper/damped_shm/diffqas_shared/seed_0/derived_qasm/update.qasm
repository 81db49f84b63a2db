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
ry(pi*0.112767125189) q[0];
ry(pi*-0.210252688692) q[1];
ry(pi*-0.109103421204) q[2];
ry(pi*0.082693659977) q[3];
ry(pi*-0.1027948403) q[4];
ry(pi*-0.038040280865) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.08145979579) q[0];
ry(pi*0.219890616848) q[1];
ry(pi*-0.063307543543) q[2];
ry(pi*0.364085093037) q[3];
ry(pi*0.228330415987) q[4];
ry(pi*0.283225120665) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.049325240363) q[0];
ry(pi*-0.459022369879) q[1];
ry(pi*-0.069820664896) q[2];
ry(pi*0.278871406306) q[3];
ry(pi*0.080662399664) q[4];
ry(pi*-0.05514540108) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007797014305) q[0];
ry(pi*0.145760031438) q[1];
ry(pi*0.275690511319) q[2];
ry(pi*0.004992111745) q[3];
ry(pi*0.017333431146) q[4];
ry(pi*0.326865836484) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.239841618386) q[0];
ry(pi*0.04766953136) q[1];
ry(pi*0.02412801084) q[2];
ry(pi*0.207970058444) q[3];
ry(pi*-0.029441656112) q[4];
ry(pi*0.005379182478) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
