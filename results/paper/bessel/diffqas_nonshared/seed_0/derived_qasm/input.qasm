// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.015458892843) q[0];
ry(pi*-0.260750800601) q[1];
ry(pi*0.012095114797) q[2];
ry(pi*0.504007172063) q[3];
ry(pi*-0.017872991189) q[4];
ry(pi*0.121215291309) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007378916607) q[0];
ry(pi*0.108336779902) q[1];
ry(pi*0.098426668707) q[2];
ry(pi*-0.091023758689) q[3];
ry(pi*-0.445780947754) q[4];
ry(pi*0.446961735679) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.215558645258) q[0];
ry(pi*0.504378696409) q[1];
ry(pi*-0.476062174039) q[2];
ry(pi*-0.497994215028) q[3];
ry(pi*-0.451501079402) q[4];
ry(pi*0.238645500481) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00874294333) q[0];
ry(pi*-0.091017820219) q[1];
ry(pi*-0.104723467535) q[2];
ry(pi*-0.429785631301) q[3];
ry(pi*-0.314402126259) q[4];
ry(pi*-0.313600698424) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.065089046606) q[0];
ry(pi*-0.062727655739) q[1];
ry(pi*-0.009017993032) q[2];
ry(pi*-0.086532776501) q[3];
ry(pi*-0.170484917805) q[4];
ry(pi*-0.002106288489) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
