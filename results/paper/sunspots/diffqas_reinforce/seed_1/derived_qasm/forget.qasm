// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.591909354061) q[0];
ry(pi*-0.107542030474) q[1];
ry(pi*0.501939749693) q[2];
ry(pi*-0.496972722292) q[3];
ry(pi*0.49986105751) q[4];
ry(pi*0.510872916163) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.350790395436) q[0];
ry(pi*0.268318783011) q[1];
ry(pi*-0.030756417724) q[2];
ry(pi*0.000524492272) q[3];
ry(pi*-0.020738565038) q[4];
ry(pi*-0.002304786563) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.693604040613) q[0];
ry(pi*0.050035817196) q[1];
ry(pi*-0.576522645408) q[2];
ry(pi*0.006844918544) q[3];
ry(pi*-0.008631308868) q[4];
ry(pi*-0.003269662841) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.394255328748) q[0];
ry(pi*0.060837158983) q[1];
ry(pi*0.092483797002) q[2];
ry(pi*-0.454461511061) q[3];
ry(pi*-0.935464681891) q[4];
ry(pi*0.001426501609) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.064695907557) q[0];
ry(pi*-0.004345384433) q[1];
ry(pi*0.014849731275) q[2];
ry(pi*0.065605480055) q[3];
ry(pi*-0.456907629476) q[4];
ry(pi*-0.006848062684) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
