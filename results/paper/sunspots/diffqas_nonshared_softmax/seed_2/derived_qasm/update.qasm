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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.020161674929) q[0];
ry(pi*0.08739237478) q[1];
ry(pi*0.348228619151) q[2];
ry(pi*0.287861623828) q[3];
ry(pi*-0.267754419658) q[4];
ry(pi*-0.084682905141) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.254533867555) q[0];
ry(pi*-0.218563017801) q[1];
ry(pi*0.2029119998) q[2];
ry(pi*-0.215597254799) q[3];
ry(pi*0.173304192222) q[4];
ry(pi*-0.098276025091) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.091498286082) q[0];
ry(pi*-0.002951432648) q[1];
ry(pi*-0.11093818077) q[2];
ry(pi*0.021014561599) q[3];
ry(pi*-0.092213957098) q[4];
ry(pi*-0.001133852164) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.033416520273) q[0];
ry(pi*-0.187963258055) q[1];
ry(pi*-0.179153623145) q[2];
ry(pi*0.056164052647) q[3];
ry(pi*-0.19127954257) q[4];
ry(pi*-0.194624134425) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.218107140619) q[0];
ry(pi*-0.113338916372) q[1];
ry(pi*0.110855971854) q[2];
ry(pi*-0.125383252982) q[3];
ry(pi*0.05178207838) q[4];
ry(pi*-0.004366139434) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
