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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.086248024017) q[0];
ry(pi*-0.003341848514) q[1];
ry(pi*0.0003509338) q[2];
ry(pi*0.000510141315) q[3];
ry(pi*0.04853874408) q[4];
ry(pi*0.001159145949) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000409770218) q[0];
ry(pi*0.001631626064) q[1];
ry(pi*0.474705015451) q[2];
ry(pi*-0.001358545674) q[3];
ry(pi*-0.000448381983) q[4];
ry(pi*-0.000124704906) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.076261500081) q[0];
ry(pi*0.064625106006) q[1];
ry(pi*-0.114117150024) q[2];
ry(pi*0.002219199313) q[3];
ry(pi*-0.166729850554) q[4];
ry(pi*-0.001634716843) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000128423268) q[0];
ry(pi*-0.291539832478) q[1];
ry(pi*0.038506410445) q[2];
ry(pi*-7.0118051e-05) q[3];
ry(pi*0.00185345958) q[4];
ry(pi*-0.173459275461) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.095317538138) q[0];
ry(pi*0.05864087371) q[1];
ry(pi*-0.016408055536) q[2];
ry(pi*0.000818986002) q[3];
ry(pi*0.033794829747) q[4];
ry(pi*0.00071552079) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
