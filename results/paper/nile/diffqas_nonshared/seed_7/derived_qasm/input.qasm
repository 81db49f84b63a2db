// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.145289203731) q[0];
rx(pi*-0.166259516139) q[1];
rx(pi*0.053403053025) q[2];
rx(pi*0.013908362825) q[3];
rx(pi*0.015960853643) q[4];
rx(pi*-0.002588623019) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.062159440918) q[0];
rx(pi*-0.03921450422) q[1];
rx(pi*-0.060180929586) q[2];
rx(pi*0.014316225911) q[3];
rx(pi*0.016116214359) q[4];
rx(pi*0.004664131634) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.195277100509) q[0];
rx(pi*-0.192637858496) q[1];
rx(pi*0.056093549916) q[2];
rx(pi*0.009037202346) q[3];
rx(pi*0.028917488896) q[4];
rx(pi*0.005022205487) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.006219042579) q[0];
rx(pi*0.026999583635) q[1];
rx(pi*-0.085561400278) q[2];
rx(pi*0.020965443527) q[3];
rx(pi*0.01250699892) q[4];
rx(pi*-0.00216774033) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.10159064949) q[0];
rx(pi*-0.063399134482) q[1];
rx(pi*0.056898777044) q[2];
rx(pi*0.012718147815) q[3];
rx(pi*0.027957534268) q[4];
rx(pi*-0.002278361083) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
