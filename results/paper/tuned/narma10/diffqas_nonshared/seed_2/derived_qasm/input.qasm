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
ry(pi*0.057227366062) q[0];
ry(pi*-0.021631880262) q[1];
ry(pi*-0.011665039367) q[2];
ry(pi*-0.010349182079) q[3];
ry(pi*0.009880180499) q[4];
ry(pi*0.002485942509) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.06418383784) q[0];
ry(pi*-0.008103462719) q[1];
ry(pi*0.001917111667) q[2];
ry(pi*-0.00273112377) q[3];
ry(pi*0.003731024629) q[4];
ry(pi*-0.003176731952) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.060445836576) q[0];
ry(pi*-0.022572506404) q[1];
ry(pi*-0.010486109585) q[2];
ry(pi*-0.005541349075) q[3];
ry(pi*-0.002132933786) q[4];
ry(pi*-0.004470760204) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.062302912836) q[0];
ry(pi*-0.007885756368) q[1];
ry(pi*0.006261402795) q[2];
ry(pi*0.012313589544) q[3];
ry(pi*-0.000718607048) q[4];
ry(pi*0.004489336599) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.057985868055) q[0];
ry(pi*-0.023319411306) q[1];
ry(pi*-0.019164812377) q[2];
ry(pi*-0.012020485494) q[3];
ry(pi*0.014375055658) q[4];
ry(pi*0.000514981367) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
