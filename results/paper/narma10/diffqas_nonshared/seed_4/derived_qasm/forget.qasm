// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rz(pi*0.001006888241) q[0];
rz(pi*0.002500018805) q[1];
rz(pi*-0.001409311559) q[2];
rz(pi*-0.000532169713) q[3];
rz(pi*-0.000311044858) q[4];
rz(pi*-0.006154353217) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004252761851) q[0];
rz(pi*0.000897700523) q[1];
rz(pi*0.000803288647) q[2];
rz(pi*0.001575630964) q[3];
rz(pi*-0.000557666973) q[4];
rz(pi*-7.0292863e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003676759903) q[0];
rz(pi*0.001825715494) q[1];
rz(pi*9.2307346e-05) q[2];
rz(pi*0.001100937115) q[3];
rz(pi*0.000671762) q[4];
rz(pi*-1.161077e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001776917884) q[0];
rz(pi*-0.001299309346) q[1];
rz(pi*-0.000274551482) q[2];
rz(pi*-0.005772160258) q[3];
rz(pi*0.000740965839) q[4];
rz(pi*0.002667110015) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006773458283) q[0];
rz(pi*0.002446924905) q[1];
rz(pi*0.001862182894) q[2];
rz(pi*0.00053337552) q[3];
rz(pi*0.000532316826) q[4];
rz(pi*-0.000813868029) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
