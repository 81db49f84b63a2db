// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.096691165071) q[0];
ry(pi*-0.016021654184) q[1];
ry(pi*0.035048250094) q[2];
ry(pi*0.033085716188) q[3];
ry(pi*0.009946952713) q[4];
ry(pi*-0.015492288436) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006533351639) q[0];
ry(pi*-0.037193937421) q[1];
ry(pi*-0.007462552036) q[2];
ry(pi*-0.002266282409) q[3];
ry(pi*0.019315726355) q[4];
ry(pi*-0.004749739933) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.012944106125) q[0];
ry(pi*0.00062295268) q[1];
ry(pi*0.00163509526) q[2];
ry(pi*0.000900762546) q[3];
ry(pi*-0.00045121348) q[4];
ry(pi*0.008821658889) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.110761079657) q[0];
ry(pi*0.018519080838) q[1];
ry(pi*-0.018058715416) q[2];
ry(pi*0.041126399863) q[3];
ry(pi*0.004117349497) q[4];
ry(pi*-0.003277652443) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005968969313) q[0];
ry(pi*-0.009426679654) q[1];
ry(pi*-0.39159914407) q[2];
ry(pi*-0.008067385446) q[3];
ry(pi*-0.192808195824) q[4];
ry(pi*0.001339479693) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
