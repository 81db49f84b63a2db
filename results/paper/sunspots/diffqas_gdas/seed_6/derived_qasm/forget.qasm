// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.000227091339) q[0];
ry(pi*0.00033005633) q[1];
ry(pi*-1.822873e-06) q[2];
ry(pi*1.9711034e-05) q[3];
ry(pi*7.106124e-06) q[4];
ry(pi*0.073526151614) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.3581375e-05) q[0];
ry(pi*-4.7410071e-05) q[1];
ry(pi*-0.000113569311) q[2];
ry(pi*3.56074e-07) q[3];
ry(pi*0.007187069519) q[4];
ry(pi*-0.002891560289) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*2.4824013e-05) q[0];
ry(pi*6.17364e-06) q[1];
ry(pi*6.95919e-05) q[2];
ry(pi*0.386427514558) q[3];
ry(pi*0.004635645536) q[4];
ry(pi*0.331162898218) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.500187199043) q[0];
ry(pi*0.500065811403) q[1];
ry(pi*-0.316680658394) q[2];
ry(pi*0.164928539943) q[3];
ry(pi*0.009378992246) q[4];
ry(pi*-0.00425694801) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.033388068266) q[0];
ry(pi*-3.7556021e-05) q[1];
ry(pi*0.110838090039) q[2];
ry(pi*0.124870040157) q[3];
ry(pi*0.522048092228) q[4];
ry(pi*-0.000860532169) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
