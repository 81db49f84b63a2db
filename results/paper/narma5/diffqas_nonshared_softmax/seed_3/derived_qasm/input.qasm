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
rz(pi*-0.002821689588) q[0];
rz(pi*-0.000928574371) q[1];
rz(pi*0.002809208781) q[2];
rz(pi*0.001847311521) q[3];
rz(pi*0.000291306642) q[4];
rz(pi*0.002133008343) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.009002320357) q[0];
rz(pi*0.003250920435) q[1];
rz(pi*-0.003054644099) q[2];
rz(pi*-0.005311382179) q[3];
rz(pi*0.000879954185) q[4];
rz(pi*0.002229903648) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001415738725) q[0];
rz(pi*-0.003426306293) q[1];
rz(pi*8.3157637e-05) q[2];
rz(pi*-0.000167899812) q[3];
rz(pi*0.004474157808) q[4];
rz(pi*0.002379073468) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000616934317) q[0];
rz(pi*0.003538438493) q[1];
rz(pi*-0.000654200203) q[2];
rz(pi*-0.002947229888) q[3];
rz(pi*0.001859115386) q[4];
rz(pi*0.001854277335) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000683821627) q[0];
rz(pi*-0.002491757063) q[1];
rz(pi*0.000729419514) q[2];
rz(pi*-0.007938312065) q[3];
rz(pi*0.002196735431) q[4];
rz(pi*0.001564073744) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
