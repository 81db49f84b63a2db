// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.485358744518) q[0];
ry(pi*-0.025932466185) q[1];
ry(pi*-0.3622684145) q[2];
ry(pi*0.000149915334) q[3];
ry(pi*0.000750715904) q[4];
ry(pi*0.05375394925) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.100482356434) q[0];
ry(pi*-0.421581853143) q[1];
ry(pi*-0.428073113148) q[2];
ry(pi*0.4999196833) q[3];
ry(pi*0.005329602538) q[4];
ry(pi*-0.11469196736) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.223959436428) q[0];
ry(pi*-7.3720668e-05) q[1];
ry(pi*5.8119858e-05) q[2];
ry(pi*-0.484931174676) q[3];
ry(pi*0.114520539099) q[4];
ry(pi*-0.041766407561) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004841892347) q[0];
ry(pi*0.499809375745) q[1];
ry(pi*0.000356625365) q[2];
ry(pi*-0.501133142297) q[3];
ry(pi*0.499002350949) q[4];
ry(pi*0.002494633213) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-2.9762006e-05) q[0];
ry(pi*-0.005764776895) q[1];
ry(pi*-0.060962208364) q[2];
ry(pi*-0.03983126793) q[3];
ry(pi*0.031715124894) q[4];
ry(pi*0.002177838426) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
