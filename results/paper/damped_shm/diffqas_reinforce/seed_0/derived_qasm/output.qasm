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
rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.236586596874) q[0];
ry(pi*-0.107069637515) q[1];
ry(pi*-0.126110146378) q[2];
ry(pi*-0.197582498054) q[3];
ry(pi*-0.154772665261) q[4];
ry(pi*1.52728e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.202088544604) q[0];
ry(pi*-0.194442603175) q[1];
ry(pi*-0.08400120483) q[2];
ry(pi*-0.026149995852) q[3];
ry(pi*-0.011354813598) q[4];
ry(pi*3.8082e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.050999775074) q[0];
ry(pi*-0.074164195633) q[1];
ry(pi*-0.06124178603) q[2];
ry(pi*-0.121495860302) q[3];
ry(pi*-0.078897289055) q[4];
ry(pi*-3.6322e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.01387310553) q[0];
ry(pi*-0.053904350964) q[1];
ry(pi*-0.129690645377) q[2];
ry(pi*-0.112146393802) q[3];
ry(pi*-0.104107384472) q[4];
ry(pi*1.24729e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.058216481804) q[0];
ry(pi*-0.220234061527) q[1];
ry(pi*-0.251261467006) q[2];
ry(pi*-0.214390246537) q[3];
ry(pi*-0.205149076481) q[4];
ry(pi*-0.000921326633) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
