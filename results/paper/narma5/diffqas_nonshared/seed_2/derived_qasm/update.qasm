// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002567931163) q[0];
ry(pi*-0.000903318605) q[1];
ry(pi*-0.001094669883) q[2];
ry(pi*-0.001678054749) q[3];
ry(pi*0.000321649475) q[4];
ry(pi*0.001060668421) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002586769915) q[0];
ry(pi*0.000113485185) q[1];
ry(pi*-0.014714007353) q[2];
ry(pi*0.007006943438) q[3];
ry(pi*0.000684962586) q[4];
ry(pi*-0.00790648528) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.049048129153) q[0];
ry(pi*-0.014118080463) q[1];
ry(pi*0.002335989322) q[2];
ry(pi*3.2064599e-05) q[3];
ry(pi*-0.001218373383) q[4];
ry(pi*0.018003897219) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004450456399) q[0];
ry(pi*0.001954320189) q[1];
ry(pi*0.00258469151) q[2];
ry(pi*0.000990919709) q[3];
ry(pi*0.007310444554) q[4];
ry(pi*-6.5855398e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.039189028563) q[0];
ry(pi*-5.7983547e-05) q[1];
ry(pi*-5.615536e-06) q[2];
ry(pi*-1.1682343e-05) q[3];
ry(pi*-0.000134484959) q[4];
ry(pi*0.001523968616) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
