// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.497634074331) q[0];
ry(pi*-0.312770640712) q[1];
ry(pi*-0.067925719032) q[2];
ry(pi*-0.997820135008) q[3];
ry(pi*-0.004639148083) q[4];
ry(pi*0.442853149221) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.525219083441) q[0];
ry(pi*-0.255138794643) q[1];
ry(pi*0.079041804474) q[2];
ry(pi*-0.064173312709) q[3];
ry(pi*-0.097572012828) q[4];
ry(pi*0.488443865075) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.054667126569) q[0];
ry(pi*0.505510041354) q[1];
ry(pi*-0.488435972412) q[2];
ry(pi*0.043135699221) q[3];
ry(pi*-0.51017183519) q[4];
ry(pi*-0.024174157306) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.492865653653) q[0];
ry(pi*0.503555203268) q[1];
ry(pi*-0.501892014259) q[2];
ry(pi*0.006882067777) q[3];
ry(pi*-0.005630810323) q[4];
ry(pi*-0.483490384216) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.021292346341) q[0];
ry(pi*0.491051593355) q[1];
ry(pi*0.397849677853) q[2];
ry(pi*0.105302515795) q[3];
ry(pi*0.039924770374) q[4];
ry(pi*0.001206227786) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
