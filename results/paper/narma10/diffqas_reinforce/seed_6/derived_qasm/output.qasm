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
rx(pi*0.001013622529) q[0];
rx(pi*0.004930559112) q[1];
rx(pi*-0.001588950425) q[2];
rx(pi*-0.003143404245) q[3];
rx(pi*0.008139668057) q[4];
rx(pi*0.004509529532) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000856342082) q[0];
rx(pi*-0.003380850851) q[1];
rx(pi*-0.000468211802) q[2];
rx(pi*0.001076872852) q[3];
rx(pi*0.003211626985) q[4];
rx(pi*0.005635509636) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.004297165195) q[0];
rx(pi*0.040674212881) q[1];
rx(pi*-0.016636239586) q[2];
rx(pi*0.035320067907) q[3];
rx(pi*-0.019936783836) q[4];
rx(pi*0.00369917739) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003265742301) q[0];
rx(pi*0.001684779402) q[1];
rx(pi*0.003884049622) q[2];
rx(pi*0.007836443232) q[3];
rx(pi*0.009222387036) q[4];
rx(pi*0.006485794668) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000611986914) q[0];
rx(pi*-0.000999937101) q[1];
rx(pi*0.002595320103) q[2];
rx(pi*-0.002285965449) q[3];
rx(pi*-0.001168418213) q[4];
rx(pi*0.002656313336) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
