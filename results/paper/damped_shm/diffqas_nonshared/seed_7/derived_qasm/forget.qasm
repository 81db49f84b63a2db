// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.136495314956) q[0];
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
rx(pi*-0.045608426914) q[0];
rx(pi*0.112849827396) q[1];
rx(pi*-0.07073292678) q[2];
rx(pi*0.013363937458) q[3];
rx(pi*0.059205616518) q[4];
rx(pi*0.001234903909) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.101157207583) q[0];
rx(pi*0.111931299762) q[1];
rx(pi*-0.090262401297) q[2];
rx(pi*0.034991576125) q[3];
rx(pi*0.069793908579) q[4];
rx(pi*-0.005443051862) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.056225339365) q[0];
rx(pi*0.042034449797) q[1];
rx(pi*-0.037849896457) q[2];
rx(pi*0.018803069669) q[3];
rx(pi*0.065263330266) q[4];
rx(pi*-0.002480637106) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.130693753521) q[0];
rx(pi*0.12168631823) q[1];
rx(pi*-0.096871918438) q[2];
rx(pi*0.02672438393) q[3];
rx(pi*0.070641506596) q[4];
rx(pi*-0.003663466232) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.076828481673) q[0];
rx(pi*0.102056515824) q[1];
rx(pi*-0.069164217312) q[2];
rx(pi*0.011677313549) q[3];
rx(pi*0.066210497263) q[4];
rx(pi*-0.000420383025) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
