// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(pi*0.000333052541) q[1];
rx(pi*0.001388499937) q[2];
rx(pi*-0.001188142682) q[3];
rx(pi*-0.000202465472) q[4];
rx(pi*0.001309485409) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001136264371) q[0];
rx(pi*1.57e-10) q[1];
rx(pi*-1.77e-10) q[2];
rx(pi*-2.1e-11) q[3];
rx(pi*-0.002166404678) q[4];
rx(pi*-0.000211931428) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*4.0e-12) q[0];
rx(pi*-1.02e-10) q[1];
rx(pi*0.001970461254) q[2];
rx(pi*-2.6e-11) q[3];
rx(pi*-0.001283214824) q[4];
rx(pi*0.003619952235) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-8.0e-12) q[0];
rx(pi*6.0e-12) q[1];
rx(pi*0.030437509551) q[2];
rx(pi*-0.338000752379) q[3];
rx(pi*-0.001754176822) q[4];
rx(pi*0.00692730948) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*2.0e-12) q[0];
rx(pi*-1.0e-12) q[1];
rx(pi*-0.00138849964) q[2];
rx(pi*0.001188141125) q[3];
rx(pi*0.001485679388) q[4];
rx(pi*0.000603158472) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
