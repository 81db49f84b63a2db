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
ry(pi*-0.118393939377) q[0];
ry(pi*-0.080963525629) q[1];
ry(pi*0.011487380929) q[2];
ry(pi*0.028177506676) q[3];
ry(pi*-0.003117373635) q[4];
ry(pi*0.003268596217) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.104929103661) q[0];
ry(pi*-0.084072864898) q[1];
ry(pi*-0.003105708656) q[2];
ry(pi*-0.003533818036) q[3];
ry(pi*0.002851126399) q[4];
ry(pi*-0.001979937252) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.107440981619) q[0];
ry(pi*-0.087673911383) q[1];
ry(pi*0.009900628378) q[2];
ry(pi*0.001976763764) q[3];
ry(pi*0.003208437488) q[4];
ry(pi*0.003088023388) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.108197159451) q[0];
ry(pi*-0.10399513221) q[1];
ry(pi*-0.006433990766) q[2];
ry(pi*0.001020559292) q[3];
ry(pi*0.005070437769) q[4];
ry(pi*-0.003868311135) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.09189606871) q[0];
ry(pi*-0.079281131457) q[1];
ry(pi*0.034651363928) q[2];
ry(pi*0.045118564798) q[3];
ry(pi*-0.030736923225) q[4];
ry(pi*-0.000363327748) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
