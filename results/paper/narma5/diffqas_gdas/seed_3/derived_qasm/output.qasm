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
ry(pi*-0.002587102235) q[0];
ry(pi*-0.000960541376) q[1];
ry(pi*0.0007542478) q[2];
ry(pi*0.000275918039) q[3];
ry(pi*-0.002558545878) q[4];
ry(pi*-0.000636549174) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000926687398) q[0];
ry(pi*0.000485859681) q[1];
ry(pi*0.00905897476) q[2];
ry(pi*0.000520725626) q[3];
ry(pi*-0.000762621452) q[4];
ry(pi*0.000400853286) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001273142073) q[0];
ry(pi*0.0018109335) q[1];
ry(pi*-0.016891119479) q[2];
ry(pi*0.000683698749) q[3];
ry(pi*1.932817e-06) q[4];
ry(pi*-0.221563178394) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000183467322) q[0];
ry(pi*-0.000220439371) q[1];
ry(pi*0.001950198063) q[2];
ry(pi*0.003428052082) q[3];
ry(pi*-0.007386404914) q[4];
ry(pi*-0.002083782512) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.041239083755) q[0];
ry(pi*0.077141821345) q[1];
ry(pi*-0.007186289857) q[2];
ry(pi*0.003737749283) q[3];
ry(pi*0.003396309786) q[4];
ry(pi*-0.004144619857) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
