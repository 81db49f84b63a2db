// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.045750893277) q[0];
rx(pi*-0.000392465145) q[1];
rx(pi*0.002714040886) q[2];
rx(pi*-0.004894958233) q[3];
rx(pi*0.001107392666) q[4];
rx(pi*0.000926333289) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.037557232337) q[0];
rx(pi*0.004748284071) q[1];
rx(pi*-5.3784998e-05) q[2];
rx(pi*-0.002268196878) q[3];
rx(pi*-0.000962580427) q[4];
rx(pi*0.003030868282) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.03816161633) q[0];
rx(pi*0.000863782141) q[1];
rx(pi*-0.003112395364) q[2];
rx(pi*0.000671590282) q[3];
rx(pi*-0.001710200216) q[4];
rx(pi*-0.000235466788) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.043907709811) q[0];
rx(pi*0.000546093931) q[1];
rx(pi*0.001725199359) q[2];
rx(pi*0.002151444073) q[3];
rx(pi*0.001268716235) q[4];
rx(pi*0.000719517073) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.039672819399) q[0];
rx(pi*0.002443683826) q[1];
rx(pi*0.00382822083) q[2];
rx(pi*0.005811384635) q[3];
rx(pi*0.005577309546) q[4];
rx(pi*-0.003160964709) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
