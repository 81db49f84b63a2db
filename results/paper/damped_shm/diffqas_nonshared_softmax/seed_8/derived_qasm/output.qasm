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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.072955531998) q[0];
ry(pi*0.325977646274) q[1];
ry(pi*-0.022923163099) q[2];
ry(pi*0.006506989006) q[3];
ry(pi*0.002356268225) q[4];
ry(pi*0.003085862866) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.315696693753) q[0];
ry(pi*0.435185237349) q[1];
ry(pi*0.043874915417) q[2];
ry(pi*0.003396367297) q[3];
ry(pi*-0.002488203527) q[4];
ry(pi*-0.000569328803) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.215299477524) q[0];
ry(pi*0.112124935625) q[1];
ry(pi*0.019537957706) q[2];
ry(pi*0.000919760863) q[3];
ry(pi*0.040301972314) q[4];
ry(pi*0.011371098144) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.171859170839) q[0];
ry(pi*0.083120755501) q[1];
ry(pi*0.455272482188) q[2];
ry(pi*0.129360291894) q[3];
ry(pi*-0.029490432675) q[4];
ry(pi*0.08315955477) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.212215647114) q[0];
ry(pi*-0.013772412415) q[1];
ry(pi*-0.172994139579) q[2];
ry(pi*-0.368422566724) q[3];
ry(pi*-0.458481115333) q[4];
ry(pi*0.002337275022) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
