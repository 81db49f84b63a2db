// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004266651977) q[0];
ry(pi*-0.004165338394) q[1];
ry(pi*0.000418780124) q[2];
ry(pi*-0.001464865098) q[3];
ry(pi*-0.003526632997) q[4];
ry(pi*0.000159217298) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004248449404) q[0];
ry(pi*0.000351520362) q[1];
ry(pi*0.001225730659) q[2];
ry(pi*-0.000904868367) q[3];
ry(pi*-0.007031343577) q[4];
ry(pi*0.001607688237) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000695106262) q[0];
ry(pi*-0.0029521797) q[1];
ry(pi*0.00253356203) q[2];
ry(pi*0.000511786645) q[3];
ry(pi*-0.001657786518) q[4];
ry(pi*0.001541152293) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005339796833) q[0];
ry(pi*0.002274691042) q[1];
ry(pi*-0.001669537912) q[2];
ry(pi*0.000941051324) q[3];
ry(pi*-0.001904977409) q[4];
ry(pi*0.002559438783) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000408009236) q[0];
ry(pi*0.004580157957) q[1];
ry(pi*-0.002607356829) q[2];
ry(pi*-0.001531499167) q[3];
ry(pi*0.002648991338) q[4];
ry(pi*-0.008733522768) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
