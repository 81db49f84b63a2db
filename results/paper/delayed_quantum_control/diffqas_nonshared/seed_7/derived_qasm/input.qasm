// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003154129777) q[0];
rz(pi*-0.001627440201) q[1];
rz(pi*0.005527073861) q[2];
rz(pi*-0.000336291731) q[3];
rz(pi*0.003138389214) q[4];
rz(pi*-0.000284804084) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000782797116) q[0];
rz(pi*0.00647062477) q[1];
rz(pi*-0.000982628989) q[2];
rz(pi*-0.004063364618) q[3];
rz(pi*-0.002270681715) q[4];
rz(pi*-0.001008389089) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.0068621541) q[0];
rz(pi*0.000660164686) q[1];
rz(pi*0.002977154358) q[2];
rz(pi*-0.003186655884) q[3];
rz(pi*0.001123612587) q[4];
rz(pi*0.002139099188) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005736196229) q[0];
rz(pi*-0.002214450345) q[1];
rz(pi*0.001922653043) q[2];
rz(pi*0.000964746285) q[3];
rz(pi*-0.00325034473) q[4];
rz(pi*-6.0851874e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000838494952) q[0];
rz(pi*-0.007401817307) q[1];
rz(pi*0.001905160614) q[2];
rz(pi*0.00171920486) q[3];
rz(pi*-0.001397347166) q[4];
rz(pi*-0.00426075501) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
