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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.040304253787) q[0];
rz(pi*-0.063684034005) q[1];
rz(pi*-0.026138863592) q[2];
rz(pi*-0.021186471294) q[3];
rz(pi*-0.003524221087) q[4];
rz(pi*-0.013738324317) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.011188398884) q[0];
rz(pi*-0.01408045869) q[1];
rz(pi*0.005097823152) q[2];
rz(pi*-0.002471902231) q[3];
rz(pi*-0.003305534082) q[4];
rz(pi*-0.002112326418) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.024925492344) q[0];
rz(pi*-0.067945265705) q[1];
rz(pi*-0.015954718331) q[2];
rz(pi*-0.00625724302) q[3];
rz(pi*0.00307437961) q[4];
rz(pi*-0.006933900138) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.013310621665) q[0];
rz(pi*-0.016307265185) q[1];
rz(pi*0.00277838192) q[2];
rz(pi*-0.007868999874) q[3];
rz(pi*-0.005108696315) q[4];
rz(pi*0.002912627153) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.056901793711) q[0];
rz(pi*-0.096745446102) q[1];
rz(pi*0.060339679309) q[2];
rz(pi*-0.031801398721) q[3];
rz(pi*-0.040547403778) q[4];
rz(pi*-0.004144693376) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
