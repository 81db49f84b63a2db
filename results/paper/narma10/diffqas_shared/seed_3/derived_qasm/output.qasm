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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.074205276375) q[0];
ry(pi*-0.107430157667) q[1];
ry(pi*0.008693404893) q[2];
ry(pi*0.045929327226) q[3];
ry(pi*-0.031445828085) q[4];
ry(pi*-0.054586482905) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.018392763841) q[0];
ry(pi*0.134059945849) q[1];
ry(pi*0.079582119869) q[2];
ry(pi*0.481839337766) q[3];
ry(pi*0.031307009233) q[4];
ry(pi*0.074813158468) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.029753779156) q[0];
ry(pi*-0.022442725695) q[1];
ry(pi*0.13681424809) q[2];
ry(pi*0.118638128126) q[3];
ry(pi*0.109593724436) q[4];
ry(pi*-0.028753877407) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.174683738652) q[0];
ry(pi*-0.032261414333) q[1];
ry(pi*0.073577008064) q[2];
ry(pi*-0.073739433757) q[3];
ry(pi*0.091842698371) q[4];
ry(pi*-0.014910184378) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.041588120651) q[0];
ry(pi*-0.04186795445) q[1];
ry(pi*0.138766780988) q[2];
ry(pi*0.01615578321) q[3];
ry(pi*-0.003604819097) q[4];
ry(pi*-0.004144622228) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
