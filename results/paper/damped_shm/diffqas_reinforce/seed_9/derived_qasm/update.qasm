// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.160824962289) q[0];
ry(pi*-0.315543052442) q[1];
ry(pi*-0.014346239612) q[2];
ry(pi*0.223910866193) q[3];
ry(pi*-0.121007653558) q[4];
ry(pi*-0.005756577703) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008388216388) q[0];
ry(pi*-0.052127021906) q[1];
ry(pi*0.504976527689) q[2];
ry(pi*0.005423624954) q[3];
ry(pi*-0.005207959359) q[4];
ry(pi*-0.003902484018) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000273202824) q[0];
ry(pi*0.021990242264) q[1];
ry(pi*-0.037644281675) q[2];
ry(pi*0.022349901527) q[3];
ry(pi*0.00587400241) q[4];
ry(pi*-0.083397491999) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.07033628726) q[0];
ry(pi*-0.289798570613) q[1];
ry(pi*-0.053735014448) q[2];
ry(pi*0.506793775408) q[3];
ry(pi*-0.437670781133) q[4];
ry(pi*0.491915081048) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005083025002) q[0];
ry(pi*-0.13917219066) q[1];
ry(pi*0.186592780598) q[2];
ry(pi*-0.275895853367) q[3];
ry(pi*-0.072634214286) q[4];
ry(pi*0.000715742608) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
