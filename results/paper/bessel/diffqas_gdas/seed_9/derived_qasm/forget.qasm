// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.164754730601) q[0];
ry(pi*-0.006541138766) q[1];
ry(pi*0.160049223554) q[2];
ry(pi*-0.029217699426) q[3];
ry(pi*0.159843900479) q[4];
ry(pi*0.003817303199) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.043073942927) q[0];
ry(pi*-0.331925033493) q[1];
ry(pi*0.491088286649) q[2];
ry(pi*-0.182263920539) q[3];
ry(pi*-0.236619685346) q[4];
ry(pi*0.046469505069) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.050959386838) q[0];
ry(pi*0.002044312378) q[1];
ry(pi*-0.043572911962) q[2];
ry(pi*0.182100811827) q[3];
ry(pi*0.072357705461) q[4];
ry(pi*-0.285361945347) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.034971270542) q[0];
ry(pi*-0.326874943403) q[1];
ry(pi*0.063824109801) q[2];
ry(pi*-0.463428866422) q[3];
ry(pi*0.335169676913) q[4];
ry(pi*-0.017547109345) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.109743751439) q[0];
ry(pi*0.22803387194) q[1];
ry(pi*-0.103142449497) q[2];
ry(pi*-0.038134340633) q[3];
ry(pi*0.082603283294) q[4];
ry(pi*-0.003728268245) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
