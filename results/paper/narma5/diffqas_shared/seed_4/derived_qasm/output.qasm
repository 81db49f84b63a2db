// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
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
rz(pi*0.005712541956) q[0];
rz(pi*0.045215202489) q[1];
rz(pi*-0.052041246114) q[2];
rz(pi*0.003366546585) q[3];
rz(pi*-0.001757976559) q[4];
rz(pi*0.00774132099) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005334988427) q[0];
rz(pi*-0.002710436656) q[1];
rz(pi*0.000914162198) q[2];
rz(pi*-0.002472494536) q[3];
rz(pi*0.015576840486) q[4];
rz(pi*-0.005037815908) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.007409389212) q[0];
rz(pi*0.03510189791) q[1];
rz(pi*0.024035864948) q[2];
rz(pi*-0.029889315722) q[3];
rz(pi*0.020137755037) q[4];
rz(pi*0.004472601746) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.018898393496) q[0];
rz(pi*0.019011874243) q[1];
rz(pi*-0.061239167791) q[2];
rz(pi*-0.005019938244) q[3];
rz(pi*0.003363187222) q[4];
rz(pi*-0.000207011298) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.026483143072) q[0];
rz(pi*0.030126249767) q[1];
rz(pi*-0.048958610986) q[2];
rz(pi*0.013775253584) q[3];
rz(pi*0.025625966189) q[4];
rz(pi*-0.005427559428) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
