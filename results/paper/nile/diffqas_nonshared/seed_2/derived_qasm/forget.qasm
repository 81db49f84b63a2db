// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
rz(pi*0.001564643668) q[0];
rz(pi*-0.000446468626) q[1];
rz(pi*0.001963048098) q[2];
rz(pi*0.005181015093) q[3];
rz(pi*-0.003668212976) q[4];
rz(pi*0.002310517222) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001293665102) q[0];
rz(pi*-0.002605341271) q[1];
rz(pi*0.005633777187) q[2];
rz(pi*0.001770588545) q[3];
rz(pi*0.002078669801) q[4];
rz(pi*-0.002815802996) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002742851299) q[0];
rz(pi*-0.002989983789) q[1];
rz(pi*-0.000809289519) q[2];
rz(pi*0.003178037217) q[3];
rz(pi*-0.003185440443) q[4];
rz(pi*-0.000611525157) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000765399847) q[0];
rz(pi*0.003745833155) q[1];
rz(pi*0.000198240793) q[2];
rz(pi*-0.003779662157) q[3];
rz(pi*-0.001441695371) q[4];
rz(pi*-0.004342769159) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000913282929) q[0];
rz(pi*0.001100634218) q[1];
rz(pi*0.00430449668) q[2];
rz(pi*0.002190712325) q[3];
rz(pi*0.00118838866) q[4];
rz(pi*0.004531689108) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
