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
rz(pi*-0.001389221049) q[0];
rz(pi*-0.003723592945) q[1];
rz(pi*0.005536584544) q[2];
rz(pi*-0.001578531274) q[3];
rz(pi*0.00104713937) q[4];
rz(pi*-0.000823063067) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00504034877) q[0];
rz(pi*0.004202840105) q[1];
rz(pi*0.002016027865) q[2];
rz(pi*-0.007013992999) q[3];
rz(pi*0.000165614986) q[4];
rz(pi*0.002176239676) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003195708257) q[0];
rz(pi*-0.001966859693) q[1];
rz(pi*0.005799646433) q[2];
rz(pi*-0.004203062442) q[3];
rz(pi*-0.002105710413) q[4];
rz(pi*0.002976359281) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000156145306) q[0];
rz(pi*0.006373815732) q[1];
rz(pi*0.000600076697) q[2];
rz(pi*-0.002015522271) q[3];
rz(pi*-0.001201824997) q[4];
rz(pi*-0.003473225305) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004066979519) q[0];
rz(pi*0.002006660516) q[1];
rz(pi*0.001849907674) q[2];
rz(pi*0.004120707673) q[3];
rz(pi*-0.002401984394) q[4];
rz(pi*0.005376596849) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
