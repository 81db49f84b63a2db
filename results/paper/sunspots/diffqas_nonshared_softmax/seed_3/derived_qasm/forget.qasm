// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.248541002659) q[0];
ry(pi*0.008016875248) q[1];
ry(pi*0.039176608528) q[2];
ry(pi*0.102584745579) q[3];
ry(pi*-0.101058568268) q[4];
ry(pi*0.036153782616) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.0730632308) q[0];
ry(pi*0.296010229236) q[1];
ry(pi*-0.494947267639) q[2];
ry(pi*-0.193222219125) q[3];
ry(pi*-0.169373133763) q[4];
ry(pi*-0.028318706608) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.015234409664) q[0];
ry(pi*0.265237532895) q[1];
ry(pi*-0.542215477953) q[2];
ry(pi*-0.051614392493) q[3];
ry(pi*-0.191772169964) q[4];
ry(pi*0.006954059868) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.014267802715) q[0];
ry(pi*-0.262239269576) q[1];
ry(pi*-0.630279193925) q[2];
ry(pi*-0.157433023943) q[3];
ry(pi*-0.11880193883) q[4];
ry(pi*-0.006563280555) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.026036704832) q[0];
ry(pi*-0.14063901173) q[1];
ry(pi*-0.039027807639) q[2];
ry(pi*-0.24811904875) q[3];
ry(pi*-0.174914636992) q[4];
ry(pi*-0.002097600008) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
