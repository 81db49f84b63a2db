// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*-0.421146125019) q[0];
rx(pi*0.12186201536) q[1];
rx(pi*-0.11006984554) q[2];
rx(pi*0.021434537599) q[3];
rx(pi*0.012470335271) q[4];
rx(pi*-0.004301491574) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.252269508063) q[0];
rx(pi*0.055688026407) q[1];
rx(pi*-0.048174140044) q[2];
rx(pi*0.024427927292) q[3];
rx(pi*0.005564796426) q[4];
rx(pi*-0.000105023793) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.174545977531) q[0];
rx(pi*0.160785935347) q[1];
rx(pi*-0.102102980083) q[2];
rx(pi*0.016561291304) q[3];
rx(pi*0.014642038978) q[4];
rx(pi*0.002739999755) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.351076845981) q[0];
rx(pi*-0.000428020593) q[1];
rx(pi*-0.041342267043) q[2];
rx(pi*0.02107894799) q[3];
rx(pi*0.013274597161) q[4];
rx(pi*0.000849610833) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.299837791355) q[0];
rx(pi*0.162101752318) q[1];
rx(pi*-0.108681438836) q[2];
rx(pi*0.018807295848) q[3];
rx(pi*0.007613216405) q[4];
rx(pi*-0.008150338449) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
