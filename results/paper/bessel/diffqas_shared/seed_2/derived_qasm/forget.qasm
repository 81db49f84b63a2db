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
ry(pi*-0.094334607512) q[0];
ry(pi*-0.321196703582) q[1];
ry(pi*-0.079976316648) q[2];
ry(pi*0.002503641711) q[3];
ry(pi*0.008438924614) q[4];
ry(pi*-0.043206201951) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.01460142544) q[0];
ry(pi*-0.132415150919) q[1];
ry(pi*-0.06693237711) q[2];
ry(pi*-0.018621214696) q[3];
ry(pi*0.18594973726) q[4];
ry(pi*0.060840540876) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.088152944804) q[0];
ry(pi*0.110912159646) q[1];
ry(pi*-0.182939293438) q[2];
ry(pi*0.080420762749) q[3];
ry(pi*0.20060912563) q[4];
ry(pi*-0.224403152078) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.123109018175) q[0];
ry(pi*-0.08497332099) q[1];
ry(pi*0.280960723228) q[2];
ry(pi*-0.141496134066) q[3];
ry(pi*-0.29698641505) q[4];
ry(pi*-0.227844770564) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.107271260905) q[0];
ry(pi*0.09446923813) q[1];
ry(pi*0.293608829587) q[2];
ry(pi*-0.119066067937) q[3];
ry(pi*0.126487191793) q[4];
ry(pi*0.005783137179) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
