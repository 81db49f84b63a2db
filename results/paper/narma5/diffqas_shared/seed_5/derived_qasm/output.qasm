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
rx(pi*-0.191586388818) q[0];
rx(pi*-0.002418354467) q[1];
rx(pi*-0.000451342954) q[2];
rx(pi*0.001067397447) q[3];
rx(pi*0.001036842356) q[4];
rx(pi*0.004012626155) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.192651120446) q[0];
rx(pi*0.001374633823) q[1];
rx(pi*-0.001479897295) q[2];
rx(pi*-0.002406620267) q[3];
rx(pi*0.002942740758) q[4];
rx(pi*0.000990079646) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.195350676825) q[0];
rx(pi*0.000288281748) q[1];
rx(pi*-0.004528892406) q[2];
rx(pi*-0.000347432587) q[3];
rx(pi*-0.001267408005) q[4];
rx(pi*0.004251465182) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.199742450516) q[0];
rx(pi*-0.001240614187) q[1];
rx(pi*-0.006865748842) q[2];
rx(pi*-0.002674973626) q[3];
rx(pi*-0.001245734457) q[4];
rx(pi*0.007344479291) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.199573820734) q[0];
rx(pi*-0.000249139284) q[1];
rx(pi*-0.000916048948) q[2];
rx(pi*0.0015098188) q[3];
rx(pi*-0.002357054705) q[4];
rx(pi*0.00259439696) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
