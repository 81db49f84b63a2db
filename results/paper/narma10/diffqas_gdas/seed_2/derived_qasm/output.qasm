// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000363313741) q[0];
ry(pi*-0.001869094607) q[1];
ry(pi*0.000486864459) q[2];
ry(pi*-0.002662233723) q[3];
ry(pi*-0.000737662283) q[4];
ry(pi*0.000149380437) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000138753151) q[0];
ry(pi*-0.001926901753) q[1];
ry(pi*-0.002158336813) q[2];
ry(pi*-0.002611280037) q[3];
ry(pi*-0.004997857523) q[4];
ry(pi*-0.000838528969) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*7.705919e-05) q[0];
ry(pi*0.002489233391) q[1];
ry(pi*0.002060160255) q[2];
ry(pi*0.007819107477) q[3];
ry(pi*0.001014386182) q[4];
ry(pi*-0.001453007427) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000352247181) q[0];
ry(pi*-0.002917769657) q[1];
ry(pi*0.003083451845) q[2];
ry(pi*-0.003039754346) q[3];
ry(pi*0.001127172349) q[4];
ry(pi*-0.006265601702) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000257874011) q[0];
ry(pi*-0.000434374981) q[1];
ry(pi*-0.003080774316) q[2];
ry(pi*0.005342573969) q[3];
ry(pi*0.00243619967) q[4];
ry(pi*0.000145810606) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
