// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.006496444309) q[0];
rx(pi*-0.008134933764) q[1];
rx(pi*0.001330853763) q[2];
rx(pi*-0.00180726924) q[3];
rx(pi*-0.001440826182) q[4];
rx(pi*-0.000686263257) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.006429819726) q[0];
rx(pi*-0.000738267558) q[1];
rx(pi*-0.00275405945) q[2];
rx(pi*0.010577436092) q[3];
rx(pi*0.00071870043) q[4];
rx(pi*-0.001122456287) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000895369839) q[0];
rx(pi*-0.002126464376) q[1];
rx(pi*-0.003358648882) q[2];
rx(pi*-0.001243962284) q[3];
rx(pi*0.001534079609) q[4];
rx(pi*-0.000759336572) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003048644857) q[0];
rx(pi*-0.000635987402) q[1];
rx(pi*7.721428e-05) q[2];
rx(pi*0.004920494662) q[3];
rx(pi*0.001735123292) q[4];
rx(pi*-0.001608192349) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000581987294) q[0];
rx(pi*0.001720546886) q[1];
rx(pi*0.006159576058) q[2];
rx(pi*-0.000858232094) q[3];
rx(pi*-0.000775273458) q[4];
rx(pi*0.003190463774) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
