// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.136495314956) q[0];
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
rx(pi*9.42e-09) q[0];
rx(pi*-0.000145573622) q[1];
rx(pi*0.002602499509) q[2];
rx(pi*-0.117386827984) q[3];
rx(pi*-0.002344501564) q[4];
rx(pi*-0.003070927756) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.518e-09) q[0];
rx(pi*-0.018651324447) q[1];
rx(pi*3.402172e-06) q[2];
rx(pi*-0.148183695605) q[3];
rx(pi*-0.001889260266) q[4];
rx(pi*0.00103197303) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.41355e-06) q[0];
rx(pi*-0.000145877214) q[1];
rx(pi*1.7714e-08) q[2];
rx(pi*-0.150901200203) q[3];
rx(pi*-0.00060628816) q[4];
rx(pi*0.000787320041) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-7.886e-09) q[0];
rx(pi*-0.000759073992) q[1];
rx(pi*4.362428e-06) q[2];
rx(pi*-0.111289935512) q[3];
rx(pi*0.001679273303) q[4];
rx(pi*0.000352900889) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.66895e-07) q[0];
rx(pi*-0.000591481042) q[1];
rx(pi*-0.002601008073) q[2];
rx(pi*-0.123438034079) q[3];
rx(pi*0.002806757443) q[4];
rx(pi*-0.000848937597) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
