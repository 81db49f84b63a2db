// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
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
rz(pi*0.002789419612) q[0];
rz(pi*0.000816583503) q[1];
rz(pi*-0.000301788566) q[2];
rz(pi*-0.000823988433) q[3];
rz(pi*0.003360505543) q[4];
rz(pi*-0.007164772983) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000441602153) q[0];
rz(pi*0.000104726177) q[1];
rz(pi*-0.004537409688) q[2];
rz(pi*0.001059137632) q[3];
rz(pi*-0.002073512178) q[4];
rz(pi*0.002744865375) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000400064953) q[0];
rz(pi*0.002129852494) q[1];
rz(pi*0.003879631047) q[2];
rz(pi*0.001219045434) q[3];
rz(pi*-0.002787351879) q[4];
rz(pi*-0.0048200559) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.005581257657) q[0];
rz(pi*-0.000354045998) q[1];
rz(pi*-0.002191566691) q[2];
rz(pi*0.000459237989) q[3];
rz(pi*-0.00060912503) q[4];
rz(pi*0.002712510911) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000108023081) q[0];
rz(pi*4.369043e-05) q[1];
rz(pi*-0.002274444693) q[2];
rz(pi*0.001494949058) q[3];
rz(pi*-0.003290675752) q[4];
rz(pi*0.002119635521) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
