// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.136495314956) q[0];
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
rx(pi*-0.088883651722) q[0];
rx(pi*-0.111252995572) q[1];
rx(pi*-0.052752890164) q[2];
rx(pi*0.058179907089) q[3];
rx(pi*-0.084400989083) q[4];
rx(pi*-0.001515084775) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.278106330255) q[0];
rx(pi*-0.063186725085) q[1];
rx(pi*-0.051700917709) q[2];
rx(pi*0.056263204226) q[3];
rx(pi*-0.088003847466) q[4];
rx(pi*0.00197326344) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.05438732123) q[0];
rx(pi*-0.09737381402) q[1];
rx(pi*-0.052297017725) q[2];
rx(pi*0.059927761984) q[3];
rx(pi*-0.082392837576) q[4];
rx(pi*0.000990252773) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.194919331406) q[0];
rx(pi*-0.132768442454) q[1];
rx(pi*-0.03902054582) q[2];
rx(pi*0.056045221585) q[3];
rx(pi*-0.085747418583) q[4];
rx(pi*-0.002947435031) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.008182372155) q[0];
rx(pi*-0.113091511742) q[1];
rx(pi*-0.056706530935) q[2];
rx(pi*0.064743348913) q[3];
rx(pi*-0.072819881595) q[4];
rx(pi*-0.000664473723) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
