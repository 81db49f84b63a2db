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
rx(pi*0.001221833761) q[0];
rx(pi*0.000706355026) q[1];
rx(pi*-0.002992578312) q[2];
rx(pi*0.009562899832) q[3];
rx(pi*0.002801340427) q[4];
rx(pi*-0.003626487458) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002782213525) q[0];
rx(pi*0.000800399898) q[1];
rx(pi*-0.005085381773) q[2];
rx(pi*0.000948199752) q[3];
rx(pi*-0.001468320658) q[4];
rx(pi*0.00390334046) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002609441163) q[0];
rx(pi*-0.008592343588) q[1];
rx(pi*0.000107863396) q[2];
rx(pi*-0.004800058624) q[3];
rx(pi*0.003531477866) q[4];
rx(pi*0.000535097593) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001451891148) q[0];
rx(pi*-0.003210568661) q[1];
rx(pi*0.005772843277) q[2];
rx(pi*0.006797815141) q[3];
rx(pi*-0.003396327869) q[4];
rx(pi*0.001186707423) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002501993453) q[0];
rx(pi*0.000120730773) q[1];
rx(pi*-0.004053876466) q[2];
rx(pi*0.006365725634) q[3];
rx(pi*-0.003085603769) q[4];
rx(pi*-0.000942464053) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
