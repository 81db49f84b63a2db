// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.101649806518) q[0];
ry(pi*-0.226046628401) q[1];
ry(pi*-0.603107752769) q[2];
ry(pi*-0.530112800145) q[3];
ry(pi*0.094414615589) q[4];
ry(pi*-0.004756340967) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.125954218851) q[0];
ry(pi*0.334559968693) q[1];
ry(pi*0.054621724784) q[2];
ry(pi*-0.524311161573) q[3];
ry(pi*-0.143466729019) q[4];
ry(pi*0.017047042263) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.012455617162) q[0];
ry(pi*0.357680159034) q[1];
ry(pi*0.024583757584) q[2];
ry(pi*0.16429657669) q[3];
ry(pi*0.004842496807) q[4];
ry(pi*-0.002584360376) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002985225187) q[0];
ry(pi*0.189775041623) q[1];
ry(pi*-0.032616572312) q[2];
ry(pi*0.126889603771) q[3];
ry(pi*0.012981836991) q[4];
ry(pi*0.039483032633) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.291021497011) q[0];
ry(pi*0.127500279601) q[1];
ry(pi*-0.030406043249) q[2];
ry(pi*0.212097503814) q[3];
ry(pi*-0.288653717072) q[4];
ry(pi*-0.00174138252) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
