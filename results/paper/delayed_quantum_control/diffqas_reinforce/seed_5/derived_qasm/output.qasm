// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.489159820682) q[0];
ry(pi*-0.50098014606) q[1];
ry(pi*-0.012299784499) q[2];
ry(pi*0.007447953693) q[3];
ry(pi*0.499998496094) q[4];
ry(pi*0.605560359863) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.418766980404) q[0];
ry(pi*0.022283964114) q[1];
ry(pi*-0.00847207119) q[2];
ry(pi*0.003458267962) q[3];
ry(pi*0.003462312714) q[4];
ry(pi*-0.004785238833) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000347198689) q[0];
ry(pi*-0.0003231899) q[1];
ry(pi*0.510885589958) q[2];
ry(pi*-0.003349118634) q[3];
ry(pi*0.503755365756) q[4];
ry(pi*0.477610881487) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*5.9463658e-05) q[0];
ry(pi*0.502264980534) q[1];
ry(pi*-0.002906033827) q[2];
ry(pi*0.00010370213) q[3];
ry(pi*0.006947649451) q[4];
ry(pi*-0.417724427918) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.033483645855) q[0];
ry(pi*-0.020899890312) q[1];
ry(pi*-0.001587584091) q[2];
ry(pi*0.017821703108) q[3];
ry(pi*0.007402980573) q[4];
ry(pi*0.00579716634) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
