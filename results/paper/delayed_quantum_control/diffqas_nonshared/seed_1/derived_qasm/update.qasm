// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*0.001443286117) q[0];
ry(pi*0.453001596071) q[1];
ry(pi*0.003687633955) q[2];
ry(pi*0.000672750807) q[3];
ry(pi*0.003082866654) q[4];
ry(pi*0.002292827507) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001476527854) q[0];
ry(pi*-0.004702145017) q[1];
ry(pi*-0.000284885386) q[2];
ry(pi*0.499879005729) q[3];
ry(pi*-0.006505561307) q[4];
ry(pi*-0.002354784793) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.032196069819) q[0];
ry(pi*0.49904682307) q[1];
ry(pi*0.017369497153) q[2];
ry(pi*0.001218431487) q[3];
ry(pi*0.026312855546) q[4];
ry(pi*0.010096198275) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.017776510023) q[0];
ry(pi*-0.029016159042) q[1];
ry(pi*-0.00059085861) q[2];
ry(pi*-5.1899622e-05) q[3];
ry(pi*-0.495573254476) q[4];
ry(pi*-0.495487194093) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*7.4538358e-05) q[0];
ry(pi*-0.499524822475) q[1];
ry(pi*-0.243458013824) q[2];
ry(pi*-0.002072974716) q[3];
ry(pi*0.001459668047) q[4];
ry(pi*0.002923835008) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
