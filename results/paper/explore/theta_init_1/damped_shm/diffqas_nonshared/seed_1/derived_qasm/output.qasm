// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
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
ry(pi*0.270908904581) q[0];
ry(pi*0.098905759046) q[1];
ry(pi*-0.062821494949) q[2];
ry(pi*0.011197216469) q[3];
ry(pi*0.08624155431) q[4];
ry(pi*0.004513900971) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.648468253303) q[0];
ry(pi*-0.007678395501) q[1];
ry(pi*0.316791629995) q[2];
ry(pi*0.242385199806) q[3];
ry(pi*0.006719091874) q[4];
ry(pi*0.003307166035) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.509406057147) q[0];
ry(pi*-0.43889300554) q[1];
ry(pi*-0.371453501113) q[2];
ry(pi*0.507791058918) q[3];
ry(pi*-0.655952546922) q[4];
ry(pi*-0.494494274315) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.419016054636) q[0];
ry(pi*0.298403679303) q[1];
ry(pi*-0.281066970615) q[2];
ry(pi*0.00766622389) q[3];
ry(pi*-4.8626907e-05) q[4];
ry(pi*-0.002484940214) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.300150367374) q[0];
ry(pi*-0.448650499952) q[1];
ry(pi*-0.580573440877) q[2];
ry(pi*0.491816005359) q[3];
ry(pi*-0.470600527105) q[4];
ry(pi*0.410806470817) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
