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
ry(pi*-0.000262129502) q[0];
ry(pi*-0.022072870952) q[1];
ry(pi*-0.497181118952) q[2];
ry(pi*-0.001654974253) q[3];
ry(pi*0.000380805502) q[4];
ry(pi*-0.499803797757) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.509308499279) q[0];
ry(pi*-0.497639424646) q[1];
ry(pi*0.502016399593) q[2];
ry(pi*-0.501352201642) q[3];
ry(pi*-0.153507533986) q[4];
ry(pi*-0.17286322762) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000760523481) q[0];
ry(pi*-0.503432297808) q[1];
ry(pi*0.001446653632) q[2];
ry(pi*0.000344472431) q[3];
ry(pi*0.500402767402) q[4];
ry(pi*0.001327813973) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.010458562341) q[0];
ry(pi*0.025764120994) q[1];
ry(pi*-0.015361410865) q[2];
ry(pi*-0.026486406384) q[3];
ry(pi*-0.001426736694) q[4];
ry(pi*0.002116975927) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001419544392) q[0];
ry(pi*0.000674031467) q[1];
ry(pi*-0.000507952075) q[2];
ry(pi*-0.001403976066) q[3];
ry(pi*0.45433196514) q[4];
ry(pi*0.001339607166) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
