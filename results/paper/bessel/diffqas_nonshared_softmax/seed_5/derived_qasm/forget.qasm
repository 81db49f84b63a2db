// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.12696513428) q[0];
ry(pi*-0.037762138012) q[1];
ry(pi*-0.019839051655) q[2];
ry(pi*0.011197491574) q[3];
ry(pi*-0.006397219803) q[4];
ry(pi*-0.002342739618) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.127358704958) q[0];
ry(pi*-0.226618713663) q[1];
ry(pi*0.050831908946) q[2];
ry(pi*-0.042986753665) q[3];
ry(pi*0.005072256189) q[4];
ry(pi*0.001634522965) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.190978312255) q[0];
ry(pi*-0.065862541813) q[1];
ry(pi*0.000810388679) q[2];
ry(pi*-0.013934553517) q[3];
ry(pi*-0.108955955523) q[4];
ry(pi*-0.001953982385) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.13973946633) q[0];
ry(pi*-0.396937999381) q[1];
ry(pi*-0.427748982727) q[2];
ry(pi*0.158898317707) q[3];
ry(pi*0.214339020118) q[4];
ry(pi*-0.100146111913) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.069398919688) q[0];
ry(pi*0.009011443877) q[1];
ry(pi*0.004438857232) q[2];
ry(pi*0.084475893491) q[3];
ry(pi*-0.276068808935) q[4];
ry(pi*-0.001702322079) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
