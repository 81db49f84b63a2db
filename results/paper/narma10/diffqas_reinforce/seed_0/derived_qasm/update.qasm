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
rz(pi*0.004851404808) q[0];
rz(pi*-0.002938533847) q[1];
rz(pi*-0.001442872867) q[2];
rz(pi*-0.002491644412) q[3];
rz(pi*-0.004460103152) q[4];
rz(pi*0.001981767826) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003351355046) q[0];
rz(pi*-0.002177865996) q[1];
rz(pi*0.003000946776) q[2];
rz(pi*0.002754041663) q[3];
rz(pi*-0.001978084149) q[4];
rz(pi*-0.004163619285) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000331875861) q[0];
rz(pi*-0.005086191079) q[1];
rz(pi*-0.003216301396) q[2];
rz(pi*-0.001234307008) q[3];
rz(pi*-0.000503363783) q[4];
rz(pi*-0.001767349245) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000462665386) q[0];
rz(pi*0.004399241246) q[1];
rz(pi*0.001996181185) q[2];
rz(pi*0.004390203696) q[3];
rz(pi*0.002852175236) q[4];
rz(pi*0.000738429494) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003863789692) q[0];
rz(pi*-0.004252925787) q[1];
rz(pi*-6.5510392e-05) q[2];
rz(pi*-0.001300636698) q[3];
rz(pi*-0.002974743929) q[4];
rz(pi*0.001304131092) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
