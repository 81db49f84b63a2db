// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*0.007398267624) q[0];
rx(pi*0.002196816214) q[1];
rx(pi*-0.004476516951) q[2];
rx(pi*-0.001705159098) q[3];
rx(pi*-0.000774007768) q[4];
rx(pi*-0.008343380821) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.014416704397) q[0];
rx(pi*0.000558985876) q[1];
rx(pi*0.005636847807) q[2];
rx(pi*7.2762345e-05) q[3];
rx(pi*0.000648602056) q[4];
rx(pi*-3.757895e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.010129401769) q[0];
rx(pi*-0.002393021253) q[1];
rx(pi*-0.003340928336) q[2];
rx(pi*0.000188386415) q[3];
rx(pi*-5.9849421e-05) q[4];
rx(pi*0.001996339786) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.010956950335) q[0];
rx(pi*-0.001509968063) q[1];
rx(pi*-0.00299303099) q[2];
rx(pi*0.002211529135) q[3];
rx(pi*0.001914039415) q[4];
rx(pi*-0.000937160577) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00721061292) q[0];
rx(pi*0.001139456462) q[1];
rx(pi*-0.001002621374) q[2];
rx(pi*-0.002610494447) q[3];
rx(pi*0.002430285805) q[4];
rx(pi*-0.001594779209) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
