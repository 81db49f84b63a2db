// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*0.005445888881) q[0];
rx(pi*0.006893928709) q[1];
rx(pi*0.002327271345) q[2];
rx(pi*1.543296e-06) q[3];
rx(pi*-0.005343586046) q[4];
rx(pi*0.000598284551) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001193059588) q[0];
rx(pi*-0.003264521227) q[1];
rx(pi*0.00193547862) q[2];
rx(pi*-0.000401910498) q[3];
rx(pi*-0.000771654406) q[4];
rx(pi*0.006366049357) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000296538229) q[0];
rx(pi*-0.004358434719) q[1];
rx(pi*-0.007196284345) q[2];
rx(pi*0.001675057944) q[3];
rx(pi*-0.000726508309) q[4];
rx(pi*-0.002471980493) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.006327888639) q[0];
rx(pi*-0.000339623226) q[1];
rx(pi*-0.003671565817) q[2];
rx(pi*-0.00040425278) q[3];
rx(pi*-0.002828538453) q[4];
rx(pi*-0.002882474714) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00187308674) q[0];
rx(pi*-0.000244173223) q[1];
rx(pi*0.000976275638) q[2];
rx(pi*-0.011106067832) q[3];
rx(pi*-0.004085749496) q[4];
rx(pi*0.003831741164) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
