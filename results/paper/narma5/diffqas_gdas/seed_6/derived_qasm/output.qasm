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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.093151466966) q[0];
ry(pi*-0.091364034919) q[1];
ry(pi*0.05986677883) q[2];
ry(pi*-0.036556638083) q[3];
ry(pi*-0.030464019222) q[4];
ry(pi*0.000205822389) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.084676634648) q[0];
ry(pi*-0.061970420176) q[1];
ry(pi*-0.010160876372) q[2];
ry(pi*-0.040573543481) q[3];
ry(pi*-0.00658089438) q[4];
ry(pi*-0.004800666641) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.114663707453) q[0];
ry(pi*-0.096125473626) q[1];
ry(pi*-0.061387937849) q[2];
ry(pi*-0.006760611361) q[3];
ry(pi*0.025548993751) q[4];
ry(pi*-0.004876411483) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.084176598396) q[0];
ry(pi*-0.077005459464) q[1];
ry(pi*-0.060199779011) q[2];
ry(pi*-0.036004761169) q[3];
ry(pi*-0.035368597824) q[4];
ry(pi*-0.002781982591) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.152188823671) q[0];
ry(pi*-0.15096784198) q[1];
ry(pi*0.09236712409) q[2];
ry(pi*-0.046303427122) q[3];
ry(pi*0.061679961638) q[4];
ry(pi*-0.002758409842) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
