// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.002678446825) q[0];
rz(pi*0.000409714597) q[1];
rz(pi*0.003432470657) q[2];
rz(pi*0.002299568909) q[3];
rz(pi*0.000670270861) q[4];
rz(pi*0.000904121464) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00054036342) q[0];
rz(pi*0.002764394854) q[1];
rz(pi*-0.003595997659) q[2];
rz(pi*-0.001342818304) q[3];
rz(pi*0.000773298365) q[4];
rz(pi*0.005734100926) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002433364874) q[0];
rz(pi*-0.003434755984) q[1];
rz(pi*-0.001792998769) q[2];
rz(pi*0.003085289237) q[3];
rz(pi*-0.000748045786) q[4];
rz(pi*0.004215527537) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005960446399) q[0];
rz(pi*0.003592200738) q[1];
rz(pi*0.003294081657) q[2];
rz(pi*-0.004515753186) q[3];
rz(pi*0.000488866343) q[4];
rz(pi*0.003869876683) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000279856755) q[0];
rz(pi*0.003182148375) q[1];
rz(pi*0.007559499813) q[2];
rz(pi*0.000871953466) q[3];
rz(pi*-0.000892484648) q[4];
rz(pi*-0.002454335245) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
