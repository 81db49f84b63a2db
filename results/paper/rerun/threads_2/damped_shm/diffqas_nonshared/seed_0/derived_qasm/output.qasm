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
rx(pi*-0.094426008724) q[0];
rx(pi*0.003123948285) q[1];
rx(pi*0.002958660672) q[2];
rx(pi*0.001056088133) q[3];
rx(pi*-0.005043431249) q[4];
rx(pi*-0.002042284962) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.089354071515) q[0];
rx(pi*0.00564799489) q[1];
rx(pi*-0.000366434498) q[2];
rx(pi*-0.005210832545) q[3];
rx(pi*-0.006303294622) q[4];
rx(pi*-0.004981889584) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.115869899887) q[0];
rx(pi*0.003731737886) q[1];
rx(pi*-0.007437656827) q[2];
rx(pi*0.002124146588) q[3];
rx(pi*-0.006457456498) q[4];
rx(pi*0.001435508477) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.086453707575) q[0];
rx(pi*0.002079833512) q[1];
rx(pi*0.002545552807) q[2];
rx(pi*-0.002690379498) q[3];
rx(pi*-0.004380812186) q[4];
rx(pi*-0.001895374382) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.114056105208) q[0];
rx(pi*0.006993805403) q[1];
rx(pi*-8.56218e-06) q[2];
rx(pi*0.001972360752) q[3];
rx(pi*-0.010130516418) q[4];
rx(pi*-0.002586255872) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
