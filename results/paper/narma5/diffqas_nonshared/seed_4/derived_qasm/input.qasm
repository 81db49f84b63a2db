// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002169516357) q[0];
rx(pi*0.011956879358) q[1];
rx(pi*-0.056626299928) q[2];
rx(pi*0.047177795685) q[3];
rx(pi*0.000165457794) q[4];
rx(pi*0.00320492664) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.072018178655) q[0];
rx(pi*-0.118582262871) q[1];
rx(pi*-0.034615773425) q[2];
rx(pi*-0.003792037725) q[3];
rx(pi*0.010888673345) q[4];
rx(pi*0.002708716362) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.055300636101) q[0];
rx(pi*-0.067316385523) q[1];
rx(pi*-0.015494405083) q[2];
rx(pi*-0.010254583959) q[3];
rx(pi*-0.00116073677) q[4];
rx(pi*-0.000419578869) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.138434103343) q[0];
rx(pi*-0.04721877682) q[1];
rx(pi*0.133198326971) q[2];
rx(pi*-0.065181903976) q[3];
rx(pi*0.005474122108) q[4];
rx(pi*-0.001173375065) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*6.519566e-05) q[0];
rx(pi*0.030861199466) q[1];
rx(pi*-0.056090737206) q[2];
rx(pi*0.048407272425) q[3];
rx(pi*-0.001525308715) q[4];
rx(pi*0.000539269226) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
