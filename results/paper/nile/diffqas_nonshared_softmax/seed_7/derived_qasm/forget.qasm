// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*0.128007534984) q[0];
ry(pi*-0.05021440767) q[1];
ry(pi*-0.002041368193) q[2];
ry(pi*-0.045061841026) q[3];
ry(pi*0.030482271006) q[4];
ry(pi*0.135625918498) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.024741309652) q[0];
ry(pi*-0.061927660346) q[1];
ry(pi*-0.023361974294) q[2];
ry(pi*-0.084464566761) q[3];
ry(pi*0.038069423005) q[4];
ry(pi*-0.00608688909) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003238524709) q[0];
ry(pi*0.039918286437) q[1];
ry(pi*0.23725863057) q[2];
ry(pi*-0.03271911527) q[3];
ry(pi*-0.033288214695) q[4];
ry(pi*0.203093436186) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.086996375591) q[0];
ry(pi*0.230077407622) q[1];
ry(pi*-0.028512259465) q[2];
ry(pi*0.04964571853) q[3];
ry(pi*0.150202130342) q[4];
ry(pi*0.043948605569) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.046080359784) q[0];
ry(pi*0.08992449666) q[1];
ry(pi*0.085728455321) q[2];
ry(pi*0.092343389182) q[3];
ry(pi*0.078001837025) q[4];
ry(pi*0.002825267137) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
