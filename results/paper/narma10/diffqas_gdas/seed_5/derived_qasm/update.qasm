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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001965520039) q[0];
rx(pi*0.003071908706) q[1];
rx(pi*-0.001954259121) q[2];
rx(pi*-0.000222964915) q[3];
rx(pi*0.00429837619) q[4];
rx(pi*-0.001262301371) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000352081689) q[0];
rx(pi*0.00032485209) q[1];
rx(pi*0.001915838269) q[2];
rx(pi*-0.001161591062) q[3];
rx(pi*-0.000485022472) q[4];
rx(pi*0.000771492175) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000398611648) q[0];
rx(pi*-0.002357349227) q[1];
rx(pi*0.00282802441) q[2];
rx(pi*-0.004133237691) q[3];
rx(pi*-0.00382330422) q[4];
rx(pi*-0.004082330548) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00284515443) q[0];
rx(pi*-0.00075541203) q[1];
rx(pi*-0.003114240167) q[2];
rx(pi*-0.00361612063) q[3];
rx(pi*0.001340433815) q[4];
rx(pi*-0.003357727814) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004773345292) q[0];
rx(pi*0.002350316118) q[1];
rx(pi*-0.003832562921) q[2];
rx(pi*-0.001026394745) q[3];
rx(pi*-2.1566358e-05) q[4];
rx(pi*-0.00141754751) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
