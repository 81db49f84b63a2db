// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.001494493119) q[0];
rz(pi*-0.00473956639) q[1];
rz(pi*0.002217838314) q[2];
rz(pi*-0.000346446634) q[3];
rz(pi*-0.000580165391) q[4];
rz(pi*0.002917356407) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003635912466) q[0];
rz(pi*0.004196690859) q[1];
rz(pi*0.001111166168) q[2];
rz(pi*-0.001266345976) q[3];
rz(pi*-0.004027899217) q[4];
rz(pi*0.005870711232) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000910671286) q[0];
rz(pi*-0.004145285978) q[1];
rz(pi*-0.000245345753) q[2];
rz(pi*0.001743363838) q[3];
rz(pi*0.002232560426) q[4];
rz(pi*0.004958298751) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002025489337) q[0];
rz(pi*5.171556e-05) q[1];
rz(pi*0.007385224453) q[2];
rz(pi*0.006681459429) q[3];
rz(pi*-0.003357065547) q[4];
rz(pi*0.00336727585) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00164587519) q[0];
rz(pi*0.005041986355) q[1];
rz(pi*-0.002768498007) q[2];
rz(pi*0.001214078279) q[3];
rz(pi*0.005316770439) q[4];
rz(pi*0.001340393497) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
