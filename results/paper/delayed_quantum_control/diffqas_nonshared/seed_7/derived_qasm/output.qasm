// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
rz(pi*0.003610384042) q[0];
rz(pi*-0.002801819192) q[1];
rz(pi*0.004745005046) q[2];
rz(pi*0.003632889278) q[3];
rz(pi*0.006286405912) q[4];
rz(pi*0.00137794516) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001649472898) q[0];
rz(pi*0.000209855617) q[1];
rz(pi*0.00171868222) q[2];
rz(pi*0.000334059172) q[3];
rz(pi*-0.002122890384) q[4];
rz(pi*0.000500867384) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003366315947) q[0];
rz(pi*0.00435089068) q[1];
rz(pi*-0.000138047037) q[2];
rz(pi*0.000656532887) q[3];
rz(pi*-0.003698911475) q[4];
rz(pi*0.002684291617) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005445416341) q[0];
rz(pi*-0.000669351276) q[1];
rz(pi*-0.001556708019) q[2];
rz(pi*-0.000190445273) q[3];
rz(pi*-0.000473569973) q[4];
rz(pi*-0.000590549339) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.007114614967) q[0];
rz(pi*-0.003329309306) q[1];
rz(pi*-0.003778430411) q[2];
rz(pi*-0.000826089665) q[3];
rz(pi*-0.002051653349) q[4];
rz(pi*-0.002426848625) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
