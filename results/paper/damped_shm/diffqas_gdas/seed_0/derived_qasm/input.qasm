// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.002110741304) q[0];
rz(pi*0.005164043377) q[1];
rz(pi*0.005056510587) q[2];
rz(pi*0.00100386735) q[3];
rz(pi*0.001188391476) q[4];
rz(pi*-0.006163495117) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001019478882) q[0];
rz(pi*-1.6151829e-05) q[1];
rz(pi*-0.00537452289) q[2];
rz(pi*-0.001373075241) q[3];
rz(pi*0.003047609953) q[4];
rz(pi*-0.003943155957) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004115721398) q[0];
rz(pi*0.001511493145) q[1];
rz(pi*-0.000726969361) q[2];
rz(pi*-0.000453012445) q[3];
rz(pi*0.002641799184) q[4];
rz(pi*-0.004556285497) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006495902399) q[0];
rz(pi*-0.002589202577) q[1];
rz(pi*-0.002435904406) q[2];
rz(pi*0.003885794226) q[3];
rz(pi*0.002514827628) q[4];
rz(pi*0.004218836206) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003329407135) q[0];
rz(pi*0.001198056016) q[1];
rz(pi*-0.0040627901) q[2];
rz(pi*-0.001505086878) q[3];
rz(pi*0.000631681923) q[4];
rz(pi*-5.4697968e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
