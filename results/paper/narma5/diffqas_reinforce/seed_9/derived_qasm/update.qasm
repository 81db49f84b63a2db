// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.004512841758) q[0];
ry(pi*-0.000106876786) q[1];
ry(pi*6.1139652e-05) q[2];
ry(pi*8.558416e-06) q[3];
ry(pi*-0.002060486794) q[4];
ry(pi*0.000227616851) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-4.5082417e-05) q[0];
ry(pi*-0.000628903008) q[1];
ry(pi*0.50098173977) q[2];
ry(pi*-0.001971081871) q[3];
ry(pi*-0.000906618159) q[4];
ry(pi*0.000431833819) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001146632755) q[0];
ry(pi*-0.046971633066) q[1];
ry(pi*0.047643557669) q[2];
ry(pi*0.000903603271) q[3];
ry(pi*-0.200650334438) q[4];
ry(pi*0.00070646738) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004471165746) q[0];
ry(pi*-0.515948619462) q[1];
ry(pi*0.000310073598) q[2];
ry(pi*-0.00044118579) q[3];
ry(pi*-0.000684227096) q[4];
ry(pi*-0.30741167429) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.070642009374) q[0];
ry(pi*0.043741612891) q[1];
ry(pi*-0.013569570026) q[2];
ry(pi*0.000731763389) q[3];
ry(pi*0.113280613119) q[4];
ry(pi*0.000715516788) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
