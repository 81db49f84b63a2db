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
ry(pi*-0.281090307094) q[0];
ry(pi*0.002418913718) q[1];
ry(pi*-0.08484678225) q[2];
ry(pi*-0.039012665015) q[3];
ry(pi*-0.479306020603) q[4];
ry(pi*-0.114612481034) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.106567523747) q[0];
ry(pi*0.218555030274) q[1];
ry(pi*-0.082673757565) q[2];
ry(pi*0.145330791994) q[3];
ry(pi*0.441266002985) q[4];
ry(pi*0.464358682841) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.207934503515) q[0];
ry(pi*-0.021939554197) q[1];
ry(pi*0.065053069533) q[2];
ry(pi*-0.111712088635) q[3];
ry(pi*0.043970006828) q[4];
ry(pi*-0.0773686358) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.017207254073) q[0];
ry(pi*0.031283921771) q[1];
ry(pi*0.242497233881) q[2];
ry(pi*0.072991399977) q[3];
ry(pi*0.292755169777) q[4];
ry(pi*0.454593902894) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.082173199563) q[0];
ry(pi*-0.093169225458) q[1];
ry(pi*-0.16334907767) q[2];
ry(pi*-0.179816265331) q[3];
ry(pi*0.247350709387) q[4];
ry(pi*0.005375798214) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
