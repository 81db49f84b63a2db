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
rx(pi*0.100072677893) q[0];
rx(pi*-0.006195091263) q[1];
rx(pi*0.000347223183) q[2];
rx(pi*0.002261994124) q[3];
rx(pi*0.002152437919) q[4];
rx(pi*-0.002096285849) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.100213569517) q[0];
rx(pi*-0.005127174586) q[1];
rx(pi*0.001633106679) q[2];
rx(pi*0.003899705697) q[3];
rx(pi*-0.001567827976) q[4];
rx(pi*-0.005404245478) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.098085823295) q[0];
rx(pi*0.00150594421) q[1];
rx(pi*-0.008559441879) q[2];
rx(pi*-0.000331661602) q[3];
rx(pi*0.006978551314) q[4];
rx(pi*0.002612280257) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.104538255572) q[0];
rx(pi*0.000819916259) q[1];
rx(pi*0.00307870599) q[2];
rx(pi*-0.003642195114) q[3];
rx(pi*-0.002584493482) q[4];
rx(pi*0.001297361675) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.096798778496) q[0];
rx(pi*0.000365127009) q[1];
rx(pi*-0.006086575447) q[2];
rx(pi*0.001571523364) q[3];
rx(pi*0.002785054694) q[4];
rx(pi*0.000139033388) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
