// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.188904040722) q[0];
rx(pi*0.101623330048) q[1];
rx(pi*-0.004028734907) q[2];
rx(pi*-0.000439974313) q[3];
rx(pi*0.00322621851) q[4];
rx(pi*0.004303990938) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.166731311456) q[0];
rx(pi*0.105961600591) q[1];
rx(pi*0.005022107066) q[2];
rx(pi*0.001752646551) q[3];
rx(pi*0.00056827248) q[4];
rx(pi*-0.003419064336) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.2025236656) q[0];
rx(pi*0.097171697338) q[1];
rx(pi*0.002252250432) q[2];
rx(pi*0.004047685421) q[3];
rx(pi*0.004114293402) q[4];
rx(pi*0.005725595799) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.141596167878) q[0];
rx(pi*0.105596194956) q[1];
rx(pi*0.001215869277) q[2];
rx(pi*-0.002598882236) q[3];
rx(pi*0.000257846682) q[4];
rx(pi*0.000895296839) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.18046186999) q[0];
rx(pi*0.090459366877) q[1];
rx(pi*0.005229910236) q[2];
rx(pi*-0.002744577523) q[3];
rx(pi*0.003846211738) q[4];
rx(pi*0.00125581951) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
