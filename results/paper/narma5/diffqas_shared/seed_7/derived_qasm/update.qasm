// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.010233668876) q[0];
rz(pi*0.007204834532) q[1];
rz(pi*0.007972404314) q[2];
rz(pi*0.026440459133) q[3];
rz(pi*0.030840526286) q[4];
rz(pi*0.008688459528) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.047281339456) q[0];
rz(pi*0.07144729342) q[1];
rz(pi*0.012208108182) q[2];
rz(pi*-0.006041717943) q[3];
rz(pi*0.069367709518) q[4];
rz(pi*-0.04218327203) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.022279579038) q[0];
rz(pi*0.05642862287) q[1];
rz(pi*0.083767157015) q[2];
rz(pi*-0.011760544621) q[3];
rz(pi*0.001826230426) q[4];
rz(pi*0.035550297457) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.055786295754) q[0];
rz(pi*0.009364498845) q[1];
rz(pi*0.030349155836) q[2];
rz(pi*-0.002180299696) q[3];
rz(pi*0.021823213308) q[4];
rz(pi*-0.001960182472) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.034070366219) q[0];
rz(pi*0.011043951056) q[1];
rz(pi*-0.028762284706) q[2];
rz(pi*0.007089601178) q[3];
rz(pi*0.002143933978) q[4];
rz(pi*0.002078829291) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
