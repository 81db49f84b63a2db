// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
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
rx(pi*-0.273473488832) q[0];
rx(pi*-0.243081784238) q[1];
rx(pi*-0.193039872047) q[2];
rx(pi*-0.07523790137) q[3];
rx(pi*0.05934129538) q[4];
rx(pi*-0.000746197352) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.290202481439) q[0];
rx(pi*-0.005960441656) q[1];
rx(pi*-0.19966542116) q[2];
rx(pi*-0.043717479556) q[3];
rx(pi*0.022318461313) q[4];
rx(pi*-0.001856861779) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.277377435234) q[0];
rx(pi*0.018250416058) q[1];
rx(pi*-0.377250775953) q[2];
rx(pi*-0.208988003276) q[3];
rx(pi*0.056618772491) q[4];
rx(pi*0.001473005593) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.197808349643) q[0];
rx(pi*-0.077908249204) q[1];
rx(pi*-0.105284301957) q[2];
rx(pi*-0.099014434945) q[3];
rx(pi*0.0179082888) q[4];
rx(pi*-0.000678018116) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.436980059281) q[0];
rx(pi*-0.176869588914) q[1];
rx(pi*-0.189137101955) q[2];
rx(pi*-0.077090424171) q[3];
rx(pi*0.064291693168) q[4];
rx(pi*-0.001111309205) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
