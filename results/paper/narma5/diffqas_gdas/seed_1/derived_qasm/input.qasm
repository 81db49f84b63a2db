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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003063947267) q[0];
ry(pi*-0.007233842085) q[1];
ry(pi*0.037769181645) q[2];
ry(pi*0.008767373707) q[3];
ry(pi*-0.013350170358) q[4];
ry(pi*0.038300221738) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00716082843) q[0];
ry(pi*0.024069626952) q[1];
ry(pi*-0.002656440809) q[2];
ry(pi*-0.005151955958) q[3];
ry(pi*-0.020381455238) q[4];
ry(pi*-0.007929479065) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002627471499) q[0];
ry(pi*0.00885728378) q[1];
ry(pi*-0.010199322274) q[2];
ry(pi*0.02610453952) q[3];
ry(pi*-0.004176996851) q[4];
ry(pi*-0.007174355999) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004695334986) q[0];
ry(pi*0.032480426246) q[1];
ry(pi*-0.005461030319) q[2];
ry(pi*-0.002114449587) q[3];
ry(pi*0.001101970907) q[4];
ry(pi*-0.015414344831) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.212425580567) q[0];
ry(pi*0.060520091167) q[1];
ry(pi*-0.01122936579) q[2];
ry(pi*0.033150363454) q[3];
ry(pi*0.004183896113) q[4];
ry(pi*-0.003331706987) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
