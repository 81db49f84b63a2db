// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.071161274505) q[0];
ry(pi*-0.156913218088) q[1];
ry(pi*-0.022903097047) q[2];
ry(pi*0.002310633134) q[3];
ry(pi*0.002073673743) q[4];
ry(pi*0.000522979936) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.217038329851) q[0];
ry(pi*0.170217515899) q[1];
ry(pi*0.115453248862) q[2];
ry(pi*0.001702056757) q[3];
ry(pi*0.104319983596) q[4];
ry(pi*-8.5856491e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.190114217434) q[0];
ry(pi*0.18743471525) q[1];
ry(pi*0.069314860929) q[2];
ry(pi*0.000698252477) q[3];
ry(pi*-0.002228890829) q[4];
ry(pi*0.000551201676) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.146551005289) q[0];
ry(pi*0.217878139555) q[1];
ry(pi*0.013117422175) q[2];
ry(pi*0.501303403735) q[3];
ry(pi*-0.451012151694) q[4];
ry(pi*0.034781139894) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.005450794522) q[0];
ry(pi*-0.001972631411) q[1];
ry(pi*-0.494384156487) q[2];
ry(pi*0.00310441851) q[3];
ry(pi*-0.026090826966) q[4];
ry(pi*0.003777503711) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
