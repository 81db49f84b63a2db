// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000952336552) q[0];
rz(pi*-0.000894653247) q[1];
rz(pi*-0.000957998583) q[2];
rz(pi*-0.000799335201) q[3];
rz(pi*-0.004479471363) q[4];
rz(pi*0.00177640888) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000187080223) q[0];
rz(pi*0.000222098375) q[1];
rz(pi*0.003506833156) q[2];
rz(pi*0.003593061923) q[3];
rz(pi*0.004353655958) q[4];
rz(pi*0.005981331837) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001532880768) q[0];
rz(pi*-0.00480627961) q[1];
rz(pi*0.000767193069) q[2];
rz(pi*0.000130829241) q[3];
rz(pi*0.000309775667) q[4];
rz(pi*-0.001820929619) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.0027392613) q[0];
rz(pi*0.002625568888) q[1];
rz(pi*0.003177677624) q[2];
rz(pi*-0.003467896631) q[3];
rz(pi*0.001807788174) q[4];
rz(pi*-0.000447762145) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00114451848) q[0];
rz(pi*0.002267940005) q[1];
rz(pi*-7.3880477e-05) q[2];
rz(pi*-0.001676038895) q[3];
rz(pi*0.000263659494) q[4];
rz(pi*-0.006271559144) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
