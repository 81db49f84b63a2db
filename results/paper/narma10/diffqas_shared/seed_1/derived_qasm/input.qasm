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
ry(pi*0.030359911972) q[0];
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
rz(pi*-0.013167705886) q[0];
rz(pi*-0.001270286971) q[1];
rz(pi*-0.025146626833) q[2];
rz(pi*-0.00540088908) q[3];
rz(pi*0.228540842732) q[4];
rz(pi*0.045485848735) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.01581850586) q[0];
rz(pi*0.012247475448) q[1];
rz(pi*0.039049571752) q[2];
rz(pi*-0.007212047734) q[3];
rz(pi*0.017513757626) q[4];
rz(pi*-0.007496611676) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00589425404) q[0];
rz(pi*-0.000883554116) q[1];
rz(pi*0.005509811625) q[2];
rz(pi*0.026395908749) q[3];
rz(pi*-0.124578172893) q[4];
rz(pi*0.015362048824) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.007389732852) q[0];
rz(pi*0.052442785346) q[1];
rz(pi*-0.011461215138) q[2];
rz(pi*-0.001242922488) q[3];
rz(pi*-0.028737907096) q[4];
rz(pi*0.028775897652) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.011256406698) q[0];
rz(pi*0.010131044098) q[1];
rz(pi*0.012836190322) q[2];
rz(pi*0.007908215358) q[3];
rz(pi*-0.073298853354) q[4];
rz(pi*-0.000999182489) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
