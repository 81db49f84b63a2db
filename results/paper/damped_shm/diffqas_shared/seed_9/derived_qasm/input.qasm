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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001392368006) q[0];
ry(pi*0.009153942256) q[1];
ry(pi*-0.000882592657) q[2];
ry(pi*-0.00931380307) q[3];
ry(pi*0.011784134861) q[4];
ry(pi*-0.104546774336) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002957944154) q[0];
ry(pi*-0.005965399472) q[1];
ry(pi*0.004727288354) q[2];
ry(pi*-0.003712841326) q[3];
ry(pi*0.014369470556) q[4];
ry(pi*-0.012063771818) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001952108382) q[0];
ry(pi*0.002068459795) q[1];
ry(pi*-0.022184573004) q[2];
ry(pi*-0.007819411041) q[3];
ry(pi*0.003094359099) q[4];
ry(pi*-0.005949280937) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.493962771761) q[0];
ry(pi*-0.138859311078) q[1];
ry(pi*-0.017057127464) q[2];
ry(pi*-0.004329037336) q[3];
ry(pi*-0.000176082125) q[4];
ry(pi*0.006233587561) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.051273286205) q[0];
ry(pi*-0.403324302146) q[1];
ry(pi*-0.46491390133) q[2];
ry(pi*-0.483172173292) q[3];
ry(pi*-0.488258804894) q[4];
ry(pi*0.000561573618) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
