// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.061036145161) q[0];
ry(pi*-0.084026011698) q[1];
ry(pi*-0.002905565437) q[2];
ry(pi*-0.016082374092) q[3];
ry(pi*0.015191237176) q[4];
ry(pi*-0.02773699742) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.124828821862) q[0];
ry(pi*0.466554702496) q[1];
ry(pi*-0.025023778292) q[2];
ry(pi*0.660403022295) q[3];
ry(pi*6.8753791e-05) q[4];
ry(pi*0.005093875635) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.062396571805) q[0];
ry(pi*-0.392816777072) q[1];
ry(pi*0.007505826502) q[2];
ry(pi*0.016971464322) q[3];
ry(pi*-0.530240297009) q[4];
ry(pi*0.117572210702) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.008248083674) q[0];
ry(pi*-0.417032985101) q[1];
ry(pi*-0.490093735215) q[2];
ry(pi*-0.014583441647) q[3];
ry(pi*0.021541456147) q[4];
ry(pi*-0.165120999495) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.049662314942) q[0];
ry(pi*0.01770113604) q[1];
ry(pi*2.9281027e-05) q[2];
ry(pi*0.157492067134) q[3];
ry(pi*0.017825446669) q[4];
ry(pi*0.006239834339) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
