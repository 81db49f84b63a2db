// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.304286179725) q[0];
ry(pi*0.008110773748) q[1];
ry(pi*0.014881338687) q[2];
ry(pi*0.00169469711) q[3];
ry(pi*-0.036922681676) q[4];
ry(pi*-0.006993144914) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008035262805) q[0];
ry(pi*-0.00183274386) q[1];
ry(pi*-0.5102656744) q[2];
ry(pi*0.018435874667) q[3];
ry(pi*0.030227123123) q[4];
ry(pi*0.004864963505) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.165320251292) q[0];
ry(pi*0.246506498006) q[1];
ry(pi*0.226088994547) q[2];
ry(pi*-0.035145532858) q[3];
ry(pi*-0.013344061133) q[4];
ry(pi*-0.015452178862) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001606906352) q[0];
ry(pi*0.465562010391) q[1];
ry(pi*0.049258522696) q[2];
ry(pi*-0.516537647387) q[3];
ry(pi*0.521952583416) q[4];
ry(pi*-0.00565358355) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.03533584849) q[0];
ry(pi*-0.00921556574) q[1];
ry(pi*0.030606272141) q[2];
ry(pi*-0.061826734815) q[3];
ry(pi*-0.122647752733) q[4];
ry(pi*-0.003756721141) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
