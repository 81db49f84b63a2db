// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*0.030359911972) q[0];
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
rz(pi*-0.001578386903) q[0];
rz(pi*-0.001520407372) q[1];
rz(pi*0.00119502801) q[2];
rz(pi*0.003495785385) q[3];
rz(pi*0.005977836701) q[4];
rz(pi*-0.006419990657) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001173114635) q[0];
rz(pi*0.007467201545) q[1];
rz(pi*-0.000343624809) q[2];
rz(pi*-0.004662408968) q[3];
rz(pi*0.001116503291) q[4];
rz(pi*0.000694060537) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00058423575) q[0];
rz(pi*0.00363957895) q[1];
rz(pi*-0.000192577947) q[2];
rz(pi*0.00050547817) q[3];
rz(pi*-0.002187133887) q[4];
rz(pi*0.001127932296) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001047863076) q[0];
rz(pi*0.00186512619) q[1];
rz(pi*-0.004008705911) q[2];
rz(pi*0.001508008237) q[3];
rz(pi*-0.002247846235) q[4];
rz(pi*0.000256669704) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002689009309) q[0];
rz(pi*-0.00331913606) q[1];
rz(pi*0.002584781038) q[2];
rz(pi*-0.009114859581) q[3];
rz(pi*0.006638768375) q[4];
rz(pi*0.002887748249) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
