// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.136495314956) q[0];
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
rz(pi*0.00275105138) q[0];
rz(pi*-0.004521420701) q[1];
rz(pi*0.003378154349) q[2];
rz(pi*0.000643633716) q[3];
rz(pi*-0.000644328593) q[4];
rz(pi*-0.000321367219) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00035053226) q[0];
rz(pi*-0.001764181389) q[1];
rz(pi*-0.001571242923) q[2];
rz(pi*-0.004077186561) q[3];
rz(pi*0.004195785207) q[4];
rz(pi*-0.003165702856) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000994796968) q[0];
rz(pi*0.002520055805) q[1];
rz(pi*0.003070008467) q[2];
rz(pi*0.003678733662) q[3];
rz(pi*-0.00238660298) q[4];
rz(pi*-0.001977244308) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000880493871) q[0];
rz(pi*-0.00622156714) q[1];
rz(pi*0.0018968381) q[2];
rz(pi*-0.005623598901) q[3];
rz(pi*-0.00115955127) q[4];
rz(pi*0.001919938902) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001711130177) q[0];
rz(pi*-0.002129251146) q[1];
rz(pi*0.001906608917) q[2];
rz(pi*0.002393641722) q[3];
rz(pi*-0.005875088007) q[4];
rz(pi*-0.001622295029) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
