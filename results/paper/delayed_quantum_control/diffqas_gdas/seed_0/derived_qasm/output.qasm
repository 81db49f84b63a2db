// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.344718395209) q[0];
rx(pi*0.21180498199) q[1];
rx(pi*-0.377063173424) q[2];
rx(pi*-0.000572351695) q[3];
rx(pi*0.032407912405) q[4];
rx(pi*0.003283625005) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.388321715743) q[0];
rx(pi*0.055250111674) q[1];
rx(pi*-0.048325049279) q[2];
rx(pi*0.004918592348) q[3];
rx(pi*0.033017388208) q[4];
rx(pi*0.003150393924) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.764618048651) q[0];
rx(pi*0.093415064836) q[1];
rx(pi*-0.34625420119) q[2];
rx(pi*-0.035697592384) q[3];
rx(pi*0.029344425523) q[4];
rx(pi*0.001981315445) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.49614805284) q[0];
rx(pi*-0.542212783823) q[1];
rx(pi*-0.357571710808) q[2];
rx(pi*-0.022502036876) q[3];
rx(pi*0.031178027751) q[4];
rx(pi*0.000642545525) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.213889498807) q[0];
rx(pi*0.190604112752) q[1];
rx(pi*-0.371161472581) q[2];
rx(pi*0.004079831481) q[3];
rx(pi*0.034300792611) q[4];
rx(pi*0.00370806879) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
