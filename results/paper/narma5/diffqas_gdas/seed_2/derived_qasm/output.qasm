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
rx(pi*1.6154296e-05) q[0];
rx(pi*0.005590759446) q[1];
rx(pi*-0.001931773598) q[2];
rx(pi*0.002247185005) q[3];
rx(pi*-0.000364206201) q[4];
rx(pi*0.002575151479) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000447841334) q[0];
rx(pi*-0.00155809807) q[1];
rx(pi*0.000233429089) q[2];
rx(pi*-0.0029137086) q[3];
rx(pi*-0.003193960096) q[4];
rx(pi*0.002261121229) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001417262919) q[0];
rx(pi*0.004305781787) q[1];
rx(pi*0.007897234287) q[2];
rx(pi*-0.001500917024) q[3];
rx(pi*0.002727189) q[4];
rx(pi*-0.000341863567) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.005640696311) q[0];
rx(pi*-0.000971241931) q[1];
rx(pi*0.004894393497) q[2];
rx(pi*-0.00340329235) q[3];
rx(pi*-0.000147556849) q[4];
rx(pi*-0.000886817799) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.004925427576) q[0];
rx(pi*0.001094309919) q[1];
rx(pi*-0.00025381236) q[2];
rx(pi*0.002037109404) q[3];
rx(pi*0.000228730221) q[4];
rx(pi*-0.004447258306) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
