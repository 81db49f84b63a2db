// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.197515106854) q[0];
ry(pi*0.034230434548) q[1];
ry(pi*0.008695712453) q[2];
ry(pi*-0.015955556689) q[3];
ry(pi*0.020672748577) q[4];
ry(pi*0.196216194602) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.033397481121) q[0];
ry(pi*-0.001372139351) q[1];
ry(pi*-0.086592284524) q[2];
ry(pi*-0.030989016496) q[3];
ry(pi*-0.032162573433) q[4];
ry(pi*0.022670891959) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.016039499239) q[0];
ry(pi*0.032787836934) q[1];
ry(pi*0.049457997422) q[2];
ry(pi*-0.0059110384) q[3];
ry(pi*-0.028768827932) q[4];
ry(pi*0.027004295992) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.247606310244) q[0];
ry(pi*-0.445459283789) q[1];
ry(pi*-0.233706837338) q[2];
ry(pi*0.499072967516) q[3];
ry(pi*0.462863326759) q[4];
ry(pi*0.373488138576) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.104950153925) q[0];
ry(pi*0.177711106165) q[1];
ry(pi*0.032197824798) q[2];
ry(pi*-0.079170373299) q[3];
ry(pi*-0.020697939642) q[4];
ry(pi*0.006415575936) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
