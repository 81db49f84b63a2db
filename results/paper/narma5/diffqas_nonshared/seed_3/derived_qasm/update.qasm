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
rx(pi*0.002552748518) q[0];
rx(pi*0.006135015244) q[1];
rx(pi*2.7150926e-05) q[2];
rx(pi*0.000476002005) q[3];
rx(pi*-0.002281288222) q[4];
rx(pi*0.000872774853) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00043981927) q[0];
rx(pi*0.012706039645) q[1];
rx(pi*0.001423925021) q[2];
rx(pi*-0.001394036422) q[3];
rx(pi*-0.000277741238) q[4];
rx(pi*7.7939621e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005451408171) q[0];
rx(pi*0.001803515156) q[1];
rx(pi*0.004729587021) q[2];
rx(pi*-0.004857439624) q[3];
rx(pi*-0.001942743849) q[4];
rx(pi*0.003178094728) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.005012850144) q[0];
rx(pi*0.001451851275) q[1];
rx(pi*0.004542058604) q[2];
rx(pi*-0.001538227674) q[3];
rx(pi*0.005193462994) q[4];
rx(pi*0.001532568162) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001675401084) q[0];
rx(pi*0.007069886714) q[1];
rx(pi*0.001696819686) q[2];
rx(pi*-0.002694276322) q[3];
rx(pi*0.006778654444) q[4];
rx(pi*-0.001143883856) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
