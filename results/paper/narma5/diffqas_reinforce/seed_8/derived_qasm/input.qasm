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
ry(pi*-2.3791469e-05) q[0];
ry(pi*0.00069922987) q[1];
ry(pi*-0.00168520955) q[2];
ry(pi*-0.002457785321) q[3];
ry(pi*-0.003746576057) q[4];
ry(pi*0.00152886818) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005641666292) q[0];
ry(pi*0.001248626912) q[1];
ry(pi*-0.002504371569) q[2];
ry(pi*0.000846675096) q[3];
ry(pi*0.00130543784) q[4];
ry(pi*-0.0044709108) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002979084242) q[0];
ry(pi*0.000669377808) q[1];
ry(pi*-0.002224060486) q[2];
ry(pi*0.003761196931) q[3];
ry(pi*-0.004419162334) q[4];
ry(pi*-0.005210879384) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001005375313) q[0];
ry(pi*0.000990868646) q[1];
ry(pi*-0.000518102717) q[2];
ry(pi*0.001274511965) q[3];
ry(pi*-0.007368154316) q[4];
ry(pi*0.002469833905) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.03330362531) q[0];
ry(pi*-0.191539298459) q[1];
ry(pi*0.035071593689) q[2];
ry(pi*-0.129547979801) q[3];
ry(pi*-0.130957702387) q[4];
ry(pi*-0.002611529944) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
