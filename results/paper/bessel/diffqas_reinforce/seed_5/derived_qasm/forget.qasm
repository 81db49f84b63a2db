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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.20211461316) q[0];
ry(pi*-0.083557603016) q[1];
ry(pi*-0.032665744931) q[2];
ry(pi*0.013144096673) q[3];
ry(pi*0.001807362918) q[4];
ry(pi*-0.003338235391) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.214683735971) q[0];
ry(pi*-0.207035100411) q[1];
ry(pi*0.066756532941) q[2];
ry(pi*0.002335564362) q[3];
ry(pi*-0.012668451074) q[4];
ry(pi*-0.00167735424) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.033885121054) q[0];
ry(pi*0.027818231611) q[1];
ry(pi*-0.039235509423) q[2];
ry(pi*0.010836568251) q[3];
ry(pi*0.090473226469) q[4];
ry(pi*-0.001366167234) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.226739380338) q[0];
ry(pi*-0.276400509483) q[1];
ry(pi*-0.47790560415) q[2];
ry(pi*-0.348538747685) q[3];
ry(pi*0.141160771778) q[4];
ry(pi*-0.010134156814) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.045728875403) q[0];
ry(pi*-0.028269963247) q[1];
ry(pi*-0.030331058207) q[2];
ry(pi*-0.185655394053) q[3];
ry(pi*0.344199756178) q[4];
ry(pi*-0.000551004093) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
