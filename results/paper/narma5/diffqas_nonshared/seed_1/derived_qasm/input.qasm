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
ry(pi*0.030359911972) q[0];
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
rx(pi*0.00253845611) q[0];
rx(pi*-0.000125181411) q[1];
rx(pi*-0.00265306366) q[2];
rx(pi*-0.003578673465) q[3];
rx(pi*0.001550030502) q[4];
rx(pi*0.001490273757) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000559437776) q[0];
rx(pi*0.002911928719) q[1];
rx(pi*-0.001879435495) q[2];
rx(pi*0.00350492017) q[3];
rx(pi*0.000126009357) q[4];
rx(pi*-0.000115630587) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000194919858) q[0];
rx(pi*-4.572434e-05) q[1];
rx(pi*0.007957232044) q[2];
rx(pi*-0.005198775364) q[3];
rx(pi*0.000566113589) q[4];
rx(pi*0.00396011285) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002291143379) q[0];
rx(pi*-0.000730956899) q[1];
rx(pi*0.005632133673) q[2];
rx(pi*-0.003462520525) q[3];
rx(pi*-0.004159415636) q[4];
rx(pi*0.001808224696) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004462294801) q[0];
rx(pi*-0.007336345912) q[1];
rx(pi*0.002837399616) q[2];
rx(pi*0.002383427713) q[3];
rx(pi*0.002332938415) q[4];
rx(pi*-0.001551668828) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
