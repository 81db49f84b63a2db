// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.005219811398) q[0];
ry(pi*-0.000282276633) q[1];
ry(pi*-0.000794823615) q[2];
ry(pi*-0.000468096113) q[3];
ry(pi*-0.157813588803) q[4];
ry(pi*0.001250526855) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000548020814) q[0];
ry(pi*-0.000230337495) q[1];
ry(pi*-0.016073778251) q[2];
ry(pi*-0.003794504182) q[3];
ry(pi*0.002801574918) q[4];
ry(pi*-0.002122637662) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-2.3503691e-05) q[0];
ry(pi*-0.000106164576) q[1];
ry(pi*-0.000263575877) q[2];
ry(pi*-1.1431186e-05) q[3];
ry(pi*-0.000390528405) q[4];
ry(pi*0.001832915504) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.206966798519) q[0];
ry(pi*-0.000897054263) q[1];
ry(pi*4.814881e-06) q[2];
ry(pi*-5.1368335e-05) q[3];
ry(pi*-0.000452978057) q[4];
ry(pi*0.001562536951) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004128969119) q[0];
ry(pi*0.007936358465) q[1];
ry(pi*0.012839843762) q[2];
ry(pi*-0.003125035068) q[3];
ry(pi*0.034083865329) q[4];
ry(pi*-0.002293705738) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
