// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rx(pi*-0.195475612368) q[0];
rx(pi*-0.006191803049) q[1];
rx(pi*-0.0007043806) q[2];
rx(pi*0.006890721722) q[3];
rx(pi*0.022356456612) q[4];
rx(pi*-0.012617583952) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.194302774024) q[0];
rx(pi*-0.001829651005) q[1];
rx(pi*-0.009315950548) q[2];
rx(pi*-0.004356749702) q[3];
rx(pi*-0.006780775242) q[4];
rx(pi*-0.003746121008) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.202695976095) q[0];
rx(pi*-0.006775393503) q[1];
rx(pi*-0.012895873843) q[2];
rx(pi*-0.014924338048) q[3];
rx(pi*0.004357084097) q[4];
rx(pi*0.028081428682) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.189343829014) q[0];
rx(pi*-0.009620850311) q[1];
rx(pi*0.018249416432) q[2];
rx(pi*-0.00632177645) q[3];
rx(pi*0.000779465916) q[4];
rx(pi*0.008111176326) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.204466873392) q[0];
rx(pi*-0.007067558995) q[1];
rx(pi*-0.012852479612) q[2];
rx(pi*-0.016564294927) q[3];
rx(pi*-0.000689683539) q[4];
rx(pi*0.000700904956) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
