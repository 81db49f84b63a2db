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
ry(pi*-0.005701830654) q[0];
ry(pi*-0.004795290239) q[1];
ry(pi*-0.008924339399) q[2];
ry(pi*-0.008345611897) q[3];
ry(pi*0.000141948549) q[4];
ry(pi*-0.009278429568) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003173723585) q[0];
ry(pi*-0.014608191596) q[1];
ry(pi*0.002267102981) q[2];
ry(pi*-0.498657616123) q[3];
ry(pi*0.000227769911) q[4];
ry(pi*-0.000956442743) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.096360109597) q[0];
ry(pi*0.019371273817) q[1];
ry(pi*0.159229259345) q[2];
ry(pi*-0.05668369249) q[3];
ry(pi*-0.001319594919) q[4];
ry(pi*0.008202792168) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005471779566) q[0];
ry(pi*0.167574934682) q[1];
ry(pi*-0.007277806092) q[2];
ry(pi*0.178178442886) q[3];
ry(pi*-0.500740368474) q[4];
ry(pi*0.007822795305) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004662888919) q[0];
ry(pi*0.006614254992) q[1];
ry(pi*-0.00022628685) q[2];
ry(pi*-0.009794991676) q[3];
ry(pi*0.001236183531) q[4];
ry(pi*0.001491016807) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
