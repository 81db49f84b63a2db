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
rx(pi*0.004804694497) q[1];
rx(pi*-0.004342987049) q[2];
rx(pi*-0.001506930496) q[3];
rx(pi*0.00281123679) q[4];
rx(pi*0.003552193142) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002691144336) q[0];
rx(pi*-0.000101862246) q[1];
rx(pi*-0.000823085523) q[2];
rx(pi*0.003761013725) q[3];
rx(pi*0.007972493841) q[4];
rx(pi*-0.005824711212) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002917060847) q[0];
rx(pi*-0.009097857628) q[1];
rx(pi*4.4775434e-05) q[2];
rx(pi*-0.003529372484) q[3];
rx(pi*0.006340153928) q[4];
rx(pi*0.000529560812) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002345217933) q[0];
rx(pi*-0.001589365454) q[1];
rx(pi*-0.00183122604) q[2];
rx(pi*0.000599407834) q[3];
rx(pi*-0.000503408028) q[4];
rx(pi*0.002087745444) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.004902800796) q[0];
rx(pi*0.002232663442) q[1];
rx(pi*-0.003902489651) q[2];
rx(pi*-0.005168737947) q[3];
rx(pi*-0.002404574026) q[4];
rx(pi*0.003352488075) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
