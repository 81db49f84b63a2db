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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001384455036) q[0];
ry(pi*-0.005860419702) q[1];
ry(pi*0.012672898998) q[2];
ry(pi*0.004497115426) q[3];
ry(pi*0.001671049951) q[4];
ry(pi*-0.010568118101) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.011277741553) q[0];
ry(pi*-0.002145463656) q[1];
ry(pi*0.009483647701) q[2];
ry(pi*0.007063307321) q[3];
ry(pi*0.003289893423) q[4];
ry(pi*0.003877069133) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005128261961) q[0];
ry(pi*0.002395821512) q[1];
ry(pi*-0.001428577346) q[2];
ry(pi*-8.5388676e-05) q[3];
ry(pi*0.002258058168) q[4];
ry(pi*0.005153071793) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002178955447) q[0];
ry(pi*0.00060845739) q[1];
ry(pi*-0.004942050668) q[2];
ry(pi*0.01185181421) q[3];
ry(pi*0.00368247574) q[4];
ry(pi*0.000269379148) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000477964313) q[0];
ry(pi*0.000873148305) q[1];
ry(pi*-0.003829709301) q[2];
ry(pi*-0.000416365879) q[3];
ry(pi*-0.00337254642) q[4];
ry(pi*0.006479663506) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
