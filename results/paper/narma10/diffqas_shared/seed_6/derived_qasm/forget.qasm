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
ry(pi*-0.11298975141) q[0];
ry(pi*-0.094023444963) q[1];
ry(pi*-0.003713591046) q[2];
ry(pi*-0.000160826442) q[3];
ry(pi*0.000679208063) q[4];
ry(pi*0.002241731081) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.116092753782) q[0];
ry(pi*-0.048872697642) q[1];
ry(pi*-0.001704348458) q[2];
ry(pi*0.000952065004) q[3];
ry(pi*0.000372030866) q[4];
ry(pi*-0.002033337533) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.115709048932) q[0];
ry(pi*-0.109177490811) q[1];
ry(pi*-0.003160696126) q[2];
ry(pi*0.002399584194) q[3];
ry(pi*0.003783469751) q[4];
ry(pi*0.005264894797) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.113482227022) q[0];
ry(pi*-0.078521875296) q[1];
ry(pi*-0.002228728375) q[2];
ry(pi*-0.002347572333) q[3];
ry(pi*0.00025879997) q[4];
ry(pi*0.000895827631) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.113148885331) q[0];
ry(pi*-0.115287607288) q[1];
ry(pi*0.001444452348) q[2];
ry(pi*-0.002744436117) q[3];
ry(pi*0.003846166085) q[4];
ry(pi*0.00125588043) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
