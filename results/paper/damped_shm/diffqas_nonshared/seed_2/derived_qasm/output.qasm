// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.002885116966) q[0];
ry(pi*-0.398851173313) q[1];
ry(pi*-0.001671000741) q[2];
ry(pi*6.096038e-06) q[3];
ry(pi*0.000604598399) q[4];
ry(pi*-0.002965218721) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-3.248111e-06) q[0];
ry(pi*-0.000667578658) q[1];
ry(pi*-0.495660263497) q[2];
ry(pi*0.500051619787) q[3];
ry(pi*-9.09033e-07) q[4];
ry(pi*9.529412e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.152601139424) q[0];
ry(pi*-4.3193665e-05) q[1];
ry(pi*0.001402697481) q[2];
ry(pi*0.077997169729) q[3];
ry(pi*0.000561476605) q[4];
ry(pi*-2.759291e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.009632439103) q[0];
ry(pi*0.128595234816) q[1];
ry(pi*0.003349115076) q[2];
ry(pi*-0.128612006725) q[3];
ry(pi*0.499999482677) q[4];
ry(pi*0.004955798795) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-7.996518e-06) q[0];
ry(pi*-0.045427517022) q[1];
ry(pi*-0.106788878795) q[2];
ry(pi*0.043698051463) q[3];
ry(pi*0.039959139506) q[4];
ry(pi*2.681218e-06) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
