// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*-0.013674883006) q[0];
rx(pi*-0.098713489221) q[1];
rx(pi*0.007866790142) q[2];
rx(pi*-0.000244048455) q[3];
rx(pi*-0.001157510365) q[4];
rx(pi*0.006151025278) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.270752037903) q[0];
rx(pi*-0.105853911275) q[1];
rx(pi*0.004536109462) q[2];
rx(pi*0.00750326696) q[3];
rx(pi*0.002270135952) q[4];
rx(pi*0.003318666781) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.058349594601) q[0];
rx(pi*-0.102591756009) q[1];
rx(pi*0.008130584261) q[2];
rx(pi*-0.000950522802) q[3];
rx(pi*0.004556101402) q[4];
rx(pi*0.001900420985) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.230640272128) q[0];
rx(pi*-0.096097583687) q[1];
rx(pi*0.002654281473) q[2];
rx(pi*-0.001106455813) q[3];
rx(pi*0.000751775784) q[4];
rx(pi*0.001113961017) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.017939246395) q[0];
rx(pi*-0.096742467381) q[1];
rx(pi*0.005115879279) q[2];
rx(pi*-0.000122937189) q[3];
rx(pi*0.002402172343) q[4];
rx(pi*-0.000830027177) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
