// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.016957828846) q[0];
ry(pi*-0.004198702267) q[1];
ry(pi*-0.000656617375) q[2];
ry(pi*0.001132052273) q[3];
ry(pi*0.509351225906) q[4];
ry(pi*0.00738097515) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003077022751) q[0];
ry(pi*-0.000177850389) q[1];
ry(pi*0.091654280013) q[2];
ry(pi*-0.002811660712) q[3];
ry(pi*-0.000187353049) q[4];
ry(pi*0.004971569892) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003350856715) q[0];
ry(pi*0.098227976607) q[1];
ry(pi*-0.509327889427) q[2];
ry(pi*-0.000481922132) q[3];
ry(pi*0.491783106615) q[4];
ry(pi*0.000649783258) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.494165097142) q[0];
ry(pi*0.004566163184) q[1];
ry(pi*0.005278296078) q[2];
ry(pi*-0.004996113216) q[3];
ry(pi*0.001539102644) q[4];
ry(pi*0.001591469502) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.048133690146) q[0];
ry(pi*-0.464631776572) q[1];
ry(pi*-0.488848553783) q[2];
ry(pi*-0.495276672484) q[3];
ry(pi*-0.010030920165) q[4];
ry(pi*0.000353794313) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
