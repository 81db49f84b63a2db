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
rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.1078795936) q[0];
ry(pi*0.137666409053) q[1];
ry(pi*0.18704852497) q[2];
ry(pi*0.104113161674) q[3];
ry(pi*-0.081662652409) q[4];
ry(pi*-0.012662398768) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.043711474682) q[0];
ry(pi*0.010005375732) q[1];
ry(pi*0.006843236491) q[2];
ry(pi*-0.372993443153) q[3];
ry(pi*-0.033019155045) q[4];
ry(pi*0.000794870454) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.150787211935) q[0];
ry(pi*0.021519286491) q[1];
ry(pi*-0.271231991501) q[2];
ry(pi*-0.089125592201) q[3];
ry(pi*0.051992130413) q[4];
ry(pi*-0.005893032076) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.062684715668) q[0];
ry(pi*0.292402504343) q[1];
ry(pi*-0.097159943721) q[2];
ry(pi*0.059726318836) q[3];
ry(pi*-0.163821233469) q[4];
ry(pi*0.001687050203) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.160550312794) q[0];
ry(pi*0.115687979696) q[1];
ry(pi*-0.0944077854) q[2];
ry(pi*0.091633258209) q[3];
ry(pi*0.301134388933) q[4];
ry(pi*-0.002150817083) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
