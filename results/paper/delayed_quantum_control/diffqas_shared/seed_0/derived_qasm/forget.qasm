// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.004680431003) q[0];
ry(pi*9.170385e-05) q[1];
ry(pi*0.000557070555) q[2];
ry(pi*0.002348622059) q[3];
ry(pi*0.013624377551) q[4];
ry(pi*0.472026746495) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002990488345) q[0];
ry(pi*0.000200103865) q[1];
ry(pi*0.001069649275) q[2];
ry(pi*0.021499303445) q[3];
ry(pi*-0.254771026901) q[4];
ry(pi*0.483214482519) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.008252191867) q[0];
ry(pi*0.183584822206) q[1];
ry(pi*-0.00015299709) q[2];
ry(pi*-6.1029326e-05) q[3];
ry(pi*-0.498351623649) q[4];
ry(pi*-0.031456751644) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.983838130649) q[0];
ry(pi*-0.509029068651) q[1];
ry(pi*0.499213783249) q[2];
ry(pi*0.507835303366) q[3];
ry(pi*0.002465812127) q[4];
ry(pi*-0.224198910449) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.038777101751) q[0];
ry(pi*-0.142571035087) q[1];
ry(pi*-0.316582834907) q[2];
ry(pi*-0.499048985963) q[3];
ry(pi*-0.49832912197) q[4];
ry(pi*0.000700907921) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
