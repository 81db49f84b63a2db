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
rz(pi*0.000179872357) q[0];
rz(pi*0.00139004666) q[1];
rz(pi*-0.00673243268) q[2];
rz(pi*-0.002579563236) q[3];
rz(pi*-0.008440840268) q[4];
rz(pi*0.00152704235) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003214407382) q[0];
rz(pi*-0.005256958259) q[1];
rz(pi*0.000200263559) q[2];
rz(pi*-0.001203416114) q[3];
rz(pi*-0.006532129675) q[4];
rz(pi*-0.001573048298) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000168713621) q[0];
rz(pi*0.002764375585) q[1];
rz(pi*-0.000754914588) q[2];
rz(pi*0.001692615295) q[3];
rz(pi*0.005823258018) q[4];
rz(pi*0.00332578749) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002799985061) q[0];
rz(pi*0.001432847401) q[1];
rz(pi*0.005199583484) q[2];
rz(pi*0.008590336034) q[3];
rz(pi*0.002366260786) q[4];
rz(pi*0.003683494339) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00283737086) q[0];
rz(pi*0.006569245706) q[1];
rz(pi*0.003012661855) q[2];
rz(pi*0.003493684153) q[3];
rz(pi*-0.002907859954) q[4];
rz(pi*-0.001046130109) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
