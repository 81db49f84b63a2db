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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.09750035276) q[0];
ry(pi*0.02390809535) q[1];
ry(pi*0.045247584226) q[2];
ry(pi*0.03930591729) q[3];
ry(pi*-0.055466922749) q[4];
ry(pi*-0.000933871696) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.081404471258) q[0];
ry(pi*-0.014817437287) q[1];
ry(pi*-0.029450883982) q[2];
ry(pi*-0.002303603286) q[3];
ry(pi*-0.001547990635) q[4];
ry(pi*0.002695526152) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.089485324983) q[0];
ry(pi*0.03180544466) q[1];
ry(pi*0.012047374621) q[2];
ry(pi*-0.034117454207) q[3];
ry(pi*-0.00035757215) q[4];
ry(pi*-0.003501280959) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.086192044925) q[0];
ry(pi*-0.013221580189) q[1];
ry(pi*-0.026527067354) q[2];
ry(pi*-0.018283694258) q[3];
ry(pi*-0.005607122255) q[4];
ry(pi*-0.001102255647) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.093416677519) q[0];
ry(pi*0.04264212319) q[1];
ry(pi*0.047406763548) q[2];
ry(pi*0.037307916203) q[3];
ry(pi*0.020800793279) q[4];
ry(pi*-0.005564505906) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
