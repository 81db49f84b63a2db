// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
rx(pi*-0.014024090657) q[0];
rx(pi*-0.002477768367) q[1];
rx(pi*0.002397413445) q[2];
rx(pi*-0.0017364751) q[3];
rx(pi*0.001047520085) q[4];
rx(pi*-0.000822866521) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.019110917915) q[0];
rx(pi*-0.001159885368) q[1];
rx(pi*-0.001176179475) q[2];
rx(pi*-0.007172452202) q[3];
rx(pi*0.000165653784) q[4];
rx(pi*0.002176622836) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001718660728) q[0];
rx(pi*-0.000771552724) q[1];
rx(pi*0.002659645425) q[2];
rx(pi*-0.004360938233) q[3];
rx(pi*-0.002105731758) q[4];
rx(pi*0.002976187637) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.01029364766) q[0];
rx(pi*0.001156228297) q[1];
rx(pi*-0.002592866689) q[2];
rx(pi*-0.002173916996) q[3];
rx(pi*-0.001201979892) q[4];
rx(pi*-0.00347318232) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.016701767899) q[0];
rx(pi*0.003252057021) q[1];
rx(pi*-0.00129034828) q[2];
rx(pi*0.003962239873) q[3];
rx(pi*-0.002402088893) q[4];
rx(pi*0.005376619379) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
