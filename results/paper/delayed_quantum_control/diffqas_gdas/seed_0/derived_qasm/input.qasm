// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.316916735344) q[0];
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
rz(pi*-0.002990094068) q[0];
rz(pi*0.003608287256) q[1];
rz(pi*0.002886058192) q[2];
rz(pi*-0.009533806902) q[3];
rz(pi*-0.000282386801) q[4];
rz(pi*0.004907947747) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002478910586) q[0];
rz(pi*-0.001405673979) q[1];
rz(pi*-0.000740607135) q[2];
rz(pi*-0.004148726567) q[3];
rz(pi*0.00065853177) q[4];
rz(pi*-0.005708276052) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003232154609) q[0];
rz(pi*0.003563044664) q[1];
rz(pi*-6.5318052e-05) q[2];
rz(pi*-0.001156106159) q[3];
rz(pi*-0.00033819612) q[4];
rz(pi*0.008728192612) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003295188005) q[0];
rz(pi*-0.002468615499) q[1];
rz(pi*0.005304561476) q[2];
rz(pi*-0.000282194887) q[3];
rz(pi*0.002355834668) q[4];
rz(pi*-0.001867264033) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002985835576) q[0];
rz(pi*0.00255269486) q[1];
rz(pi*-0.002447800171) q[2];
rz(pi*-0.002486950436) q[3];
rz(pi*0.002857800063) q[4];
rz(pi*-0.003698796453) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
