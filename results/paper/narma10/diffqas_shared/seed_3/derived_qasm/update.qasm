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
rz(pi*-0.009289869542) q[0];
rz(pi*-0.054626240298) q[1];
rz(pi*0.014304696409) q[2];
rz(pi*-0.027207503606) q[3];
rz(pi*0.000944243563) q[4];
rz(pi*-0.002769013829) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.0116535988) q[0];
rz(pi*0.05887716031) q[1];
rz(pi*-0.007506092121) q[2];
rz(pi*0.018251662331) q[3];
rz(pi*-0.034846996673) q[4];
rz(pi*-0.000395122516) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000955949304) q[0];
rz(pi*-0.000740241391) q[1];
rz(pi*0.052504996985) q[2];
rz(pi*-0.018786321476) q[3];
rz(pi*0.024187993182) q[4];
rz(pi*0.011932582383) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.057351481034) q[0];
rz(pi*0.071454427173) q[1];
rz(pi*-0.00470010011) q[2];
rz(pi*-0.007631458109) q[3];
rz(pi*0.004206067251) q[4];
rz(pi*-0.000791509164) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.008268427202) q[0];
rz(pi*-0.026390797965) q[1];
rz(pi*0.054430076317) q[2];
rz(pi*-0.004408188971) q[3];
rz(pi*-0.015609977576) q[4];
rz(pi*-0.004648505798) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
