// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.056365334527) q[0];
ry(pi*0.079653988637) q[1];
ry(pi*-0.050082608735) q[2];
ry(pi*-0.00073173115) q[3];
ry(pi*0.041322739342) q[4];
ry(pi*0.008032808206) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.020485698629) q[0];
ry(pi*-0.053959333987) q[1];
ry(pi*0.50575714242) q[2];
ry(pi*0.062914935731) q[3];
ry(pi*0.020954131026) q[4];
ry(pi*0.003196723892) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001026676002) q[0];
ry(pi*-0.273529951729) q[1];
ry(pi*0.257710892102) q[2];
ry(pi*0.045894331993) q[3];
ry(pi*0.180232546388) q[4];
ry(pi*0.051266541393) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.065172189929) q[0];
ry(pi*-0.40685615502) q[1];
ry(pi*0.143149352896) q[2];
ry(pi*0.508125358732) q[3];
ry(pi*-0.692770833425) q[4];
ry(pi*0.342857661952) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.019568403037) q[0];
ry(pi*0.003822987316) q[1];
ry(pi*0.011071152047) q[2];
ry(pi*-0.177160706755) q[3];
ry(pi*-0.006382943403) q[4];
ry(pi*0.00032478487) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
