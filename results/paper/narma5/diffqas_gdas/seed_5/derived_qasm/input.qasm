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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004501229844) q[0];
ry(pi*0.005263204443) q[1];
ry(pi*0.00086607777) q[2];
ry(pi*-0.039611587228) q[3];
ry(pi*-0.003399850575) q[4];
ry(pi*0.049923659798) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.031650351933) q[0];
ry(pi*-0.087417874153) q[1];
ry(pi*0.001701098633) q[2];
ry(pi*0.003262899353) q[3];
ry(pi*0.012773252975) q[4];
ry(pi*-0.00114977319) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002769545362) q[0];
ry(pi*0.002034926056) q[1];
ry(pi*0.001339630585) q[2];
ry(pi*-0.102834730502) q[3];
ry(pi*0.011541823228) q[4];
ry(pi*-0.000453182866) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001476113269) q[0];
ry(pi*0.03849797943) q[1];
ry(pi*0.002481800372) q[2];
ry(pi*0.002124153554) q[3];
ry(pi*0.001981469747) q[4];
ry(pi*-0.003787935461) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.251498531488) q[0];
ry(pi*0.004879442972) q[1];
ry(pi*0.025043125751) q[2];
ry(pi*-0.00613456642) q[3];
ry(pi*0.028416947495) q[4];
ry(pi*-0.00185968279) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
