// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.030359911972) q[0];
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
rx(pi*-0.109501697124) q[0];
rx(pi*-0.062815940677) q[1];
rx(pi*0.003501696878) q[2];
rx(pi*0.004878536727) q[3];
rx(pi*0.000702376826) q[4];
rx(pi*-0.001069734208) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.152384480132) q[0];
rx(pi*-0.047484964471) q[1];
rx(pi*0.005801671774) q[2];
rx(pi*0.010957125833) q[3];
rx(pi*-0.00188363455) q[4];
rx(pi*0.001634005661) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.014010290354) q[0];
rx(pi*-0.049350853572) q[1];
rx(pi*0.002369945056) q[2];
rx(pi*0.005126570422) q[3];
rx(pi*-0.002328477744) q[4];
rx(pi*-0.000575287024) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.174145330018) q[0];
rx(pi*-0.064286447203) q[1];
rx(pi*0.010403363503) q[2];
rx(pi*0.004773698066) q[3];
rx(pi*0.001944963215) q[4];
rx(pi*0.000815726765) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.049620921149) q[0];
rx(pi*-0.063140099558) q[1];
rx(pi*0.000247317529) q[2];
rx(pi*0.010635682427) q[3];
rx(pi*0.003821281251) q[4];
rx(pi*-0.005922515133) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
