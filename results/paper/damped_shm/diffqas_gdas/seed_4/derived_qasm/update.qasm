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
ry(pi*-0.003158374929) q[0];
ry(pi*-0.010027473054) q[1];
ry(pi*-0.014259907681) q[2];
ry(pi*0.002651535168) q[3];
ry(pi*0.001821421724) q[4];
ry(pi*-0.000720007474) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.070921876375) q[0];
ry(pi*-0.305945156784) q[1];
ry(pi*-0.510443714664) q[2];
ry(pi*-0.000799716731) q[3];
ry(pi*0.000991175767) q[4];
ry(pi*-0.015455079321) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011276693309) q[0];
ry(pi*0.05916095467) q[1];
ry(pi*0.071971121497) q[2];
ry(pi*-0.000395174172) q[3];
ry(pi*-0.016143875439) q[4];
ry(pi*-0.177586682886) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001678633714) q[0];
ry(pi*-0.302158594772) q[1];
ry(pi*0.127471071056) q[2];
ry(pi*0.509644051294) q[3];
ry(pi*0.497267558791) q[4];
ry(pi*0.000778114998) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.012483514216) q[0];
ry(pi*-0.001704764228) q[1];
ry(pi*0.015511048926) q[2];
ry(pi*-0.005010669464) q[3];
ry(pi*0.005683591322) q[4];
ry(pi*-0.004708725003) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
