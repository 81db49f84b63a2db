// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.498891891612) q[0];
ry(pi*-0.001814331549) q[1];
ry(pi*0.502333472153) q[2];
ry(pi*-0.044971416911) q[3];
ry(pi*0.000613509217) q[4];
ry(pi*-0.064687863112) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.500725721513) q[0];
ry(pi*-0.491778742883) q[1];
ry(pi*-0.003879012061) q[2];
ry(pi*0.000473790309) q[3];
ry(pi*0.001578731822) q[4];
ry(pi*0.283160442568) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.062022927255) q[0];
ry(pi*-0.227238022093) q[1];
ry(pi*-0.500248063617) q[2];
ry(pi*-0.009157224541) q[3];
ry(pi*0.499014872962) q[4];
ry(pi*0.291261483297) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.422335450681) q[0];
ry(pi*-0.422523622393) q[1];
ry(pi*-1.000284087806) q[2];
ry(pi*0.000359311047) q[3];
ry(pi*0.002079082458) q[4];
ry(pi*-0.135218668468) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.423383049918) q[0];
ry(pi*-0.021496564254) q[1];
ry(pi*-0.297521977772) q[2];
ry(pi*-0.145902867769) q[3];
ry(pi*-0.032196356781) q[4];
ry(pi*-0.002767391066) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
