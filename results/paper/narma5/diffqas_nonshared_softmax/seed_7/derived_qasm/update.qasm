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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.073096243381) q[0];
rx(pi*0.074616833218) q[1];
rx(pi*0.000344299305) q[2];
rx(pi*-0.003778599387) q[3];
rx(pi*-0.001843772362) q[4];
rx(pi*-0.000624046133) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.144693763017) q[0];
rx(pi*0.079697113693) q[1];
rx(pi*-0.004274059946) q[2];
rx(pi*-0.002529138712) q[3];
rx(pi*0.002059174265) q[4];
rx(pi*-0.006342169782) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.071324425906) q[0];
rx(pi*0.075781759926) q[1];
rx(pi*0.003939952823) q[2];
rx(pi*0.002194877584) q[3];
rx(pi*-0.001041852347) q[4];
rx(pi*-0.001173127012) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.141006969199) q[0];
rx(pi*0.080901266557) q[1];
rx(pi*-0.001423704463) q[2];
rx(pi*-0.000966828766) q[3];
rx(pi*0.001122118187) q[4];
rx(pi*-0.000384592937) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.071821730082) q[0];
rx(pi*0.072545198897) q[1];
rx(pi*-9.7807016e-05) q[2];
rx(pi*-0.001411912604) q[3];
rx(pi*0.003711733199) q[4];
rx(pi*0.002078837888) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
