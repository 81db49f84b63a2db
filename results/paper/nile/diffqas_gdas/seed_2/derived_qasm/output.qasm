// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
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
rz(pi*-0.005064914328) q[0];
rz(pi*0.001037573474) q[1];
rz(pi*0.001965237375) q[2];
rz(pi*-0.003620768953) q[3];
rz(pi*-0.001942573242) q[4];
rz(pi*-0.000483783351) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000932612972) q[0];
rz(pi*0.001010723478) q[1];
rz(pi*0.000179824055) q[2];
rz(pi*-0.002725951917) q[3];
rz(pi*0.000960275535) q[4];
rz(pi*0.008017494827) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001778401019) q[0];
rz(pi*0.005152773565) q[1];
rz(pi*-0.003757496356) q[2];
rz(pi*-0.001995138722) q[3];
rz(pi*0.004295187879) q[4];
rz(pi*0.002762569024) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005190430912) q[0];
rz(pi*0.001965456006) q[1];
rz(pi*-0.001910959012) q[2];
rz(pi*0.000275701816) q[3];
rz(pi*-0.001389662759) q[4];
rz(pi*0.003375543521) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00199429562) q[0];
rz(pi*0.00401901582) q[1];
rz(pi*-0.002172396509) q[2];
rz(pi*-0.000779417521) q[3];
rz(pi*-0.001345201014) q[4];
rz(pi*-0.00114735157) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
