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
rz(pi*-0.005317684688) q[0];
rz(pi*0.010247406331) q[1];
rz(pi*8.762419e-05) q[2];
rz(pi*-0.002101017326) q[3];
rz(pi*-0.004441609763) q[4];
rz(pi*0.004830543087) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000700084829) q[0];
rz(pi*-0.003381649485) q[1];
rz(pi*-0.002532284334) q[2];
rz(pi*-0.003491862472) q[3];
rz(pi*-0.002756091313) q[4];
rz(pi*-0.003816242504) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003208071077) q[0];
rz(pi*0.003459473028) q[1];
rz(pi*0.001644973244) q[2];
rz(pi*-0.005697257036) q[3];
rz(pi*-0.002614884266) q[4];
rz(pi*0.003886291667) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002312136131) q[0];
rz(pi*0.003398287399) q[1];
rz(pi*0.000424209739) q[2];
rz(pi*-0.003178981408) q[3];
rz(pi*0.002657075507) q[4];
rz(pi*0.001074751833) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001545970926) q[0];
rz(pi*0.002854425878) q[1];
rz(pi*0.003442860905) q[2];
rz(pi*-0.003791700959) q[3];
rz(pi*-0.001164820654) q[4];
rz(pi*-0.002534413729) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
