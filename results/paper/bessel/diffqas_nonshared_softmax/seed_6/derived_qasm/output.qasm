// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002120214338) q[0];
rz(pi*0.003296691596) q[1];
rz(pi*-0.003521039001) q[2];
rz(pi*0.004532048108) q[3];
rz(pi*-0.002867203134) q[4];
rz(pi*-0.004814866261) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003038547501) q[0];
rz(pi*0.00049263877) q[1];
rz(pi*-0.001024540382) q[2];
rz(pi*0.001401804724) q[3];
rz(pi*0.001577392465) q[4];
rz(pi*0.001012628312) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000810217331) q[0];
rz(pi*0.005774319594) q[1];
rz(pi*-0.007054010082) q[2];
rz(pi*-0.005520798032) q[3];
rz(pi*-0.001613761295) q[4];
rz(pi*-0.003995507104) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.008136009874) q[0];
rz(pi*-0.002530964839) q[1];
rz(pi*-0.002385083827) q[2];
rz(pi*-0.007794080051) q[3];
rz(pi*0.002733412654) q[4];
rz(pi*0.004135270146) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003929102783) q[0];
rz(pi*-0.001617640925) q[1];
rz(pi*0.000469981604) q[2];
rz(pi*-0.003567307604) q[3];
rz(pi*0.000657323814) q[4];
rz(pi*-0.002145875424) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
