// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
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
ry(pi*-0.018149741916) q[0];
ry(pi*0.434419459306) q[1];
ry(pi*-0.000478671382) q[2];
ry(pi*-0.002727119631) q[3];
ry(pi*0.01659917751) q[4];
ry(pi*-0.185961728037) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.50001352251) q[0];
ry(pi*0.505832084773) q[1];
ry(pi*-0.001350635668) q[2];
ry(pi*-0.020896921077) q[3];
ry(pi*0.005128634894) q[4];
ry(pi*-0.000347373483) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.061484774753) q[0];
ry(pi*-0.02084645594) q[1];
ry(pi*-0.006958893768) q[2];
ry(pi*0.004701509726) q[3];
ry(pi*-0.032645036177) q[4];
ry(pi*-0.010616902964) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003750388393) q[0];
ry(pi*0.002638375789) q[1];
ry(pi*0.364917123914) q[2];
ry(pi*0.053562585374) q[3];
ry(pi*-0.324170264383) q[4];
ry(pi*-0.063156069868) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.269192041669) q[0];
ry(pi*0.00493614629) q[1];
ry(pi*-0.055764557728) q[2];
ry(pi*-0.428318430776) q[3];
ry(pi*-0.574807850526) q[4];
ry(pi*0.003707825406) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
