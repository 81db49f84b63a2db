// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.005293352732) q[0];
rx(pi*0.00480469924) q[1];
rx(pi*-0.004342984381) q[2];
rx(pi*-0.001506929607) q[3];
rx(pi*0.002811238568) q[4];
rx(pi*0.003552197589) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002691140483) q[0];
rx(pi*-0.000101861236) q[1];
rx(pi*-0.00082308078) q[2];
rx(pi*0.003761018172) q[3];
rx(pi*0.007972495027) q[4];
rx(pi*-0.005824711212) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002917065294) q[0];
rx(pi*-0.009097854663) q[1];
rx(pi*4.4777973e-05) q[2];
rx(pi*-0.003529369816) q[3];
rx(pi*0.006340156892) q[4];
rx(pi*0.000529567741) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002345216303) q[0];
rx(pi*-0.001589362786) q[1];
rx(pi*-0.001831223668) q[2];
rx(pi*0.0005994148) q[3];
rx(pi*-0.000503402395) q[4];
rx(pi*0.002087747668) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.004902803464) q[0];
rx(pi*0.002232664627) q[1];
rx(pi*-0.003902490244) q[2];
rx(pi*-0.005168737354) q[3];
rx(pi*-0.002404574619) q[4];
rx(pi*0.003352488371) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
