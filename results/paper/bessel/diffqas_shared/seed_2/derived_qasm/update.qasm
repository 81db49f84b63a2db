// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.003410780656) q[0];
ry(pi*0.234247314001) q[1];
ry(pi*-0.006014027217) q[2];
ry(pi*-0.002858523102) q[3];
ry(pi*0.280047849472) q[4];
ry(pi*-0.000820767142) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.065222757045) q[0];
ry(pi*-0.454142085881) q[1];
ry(pi*-0.493267420558) q[2];
ry(pi*-0.000511999903) q[3];
ry(pi*0.019598453498) q[4];
ry(pi*-0.015437263911) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.107023543225) q[0];
ry(pi*0.011121674102) q[1];
ry(pi*-0.000538479708) q[2];
ry(pi*-0.035823229919) q[3];
ry(pi*-0.200935191272) q[4];
ry(pi*-0.162261901282) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.087206384935) q[0];
ry(pi*0.143310308201) q[1];
ry(pi*-0.002793477409) q[2];
ry(pi*-0.031408022514) q[3];
ry(pi*0.014003192175) q[4];
ry(pi*-0.02632299648) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005734370102) q[0];
ry(pi*-0.023961733679) q[1];
ry(pi*-0.17023208697) q[2];
ry(pi*-0.414244484482) q[3];
ry(pi*-0.008588616036) q[4];
ry(pi*-0.002661689739) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
