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
ry(pi*0.110081769912) q[0];
ry(pi*0.059713104317) q[1];
ry(pi*0.074983965372) q[2];
ry(pi*0.088403299696) q[3];
ry(pi*0.060955344972) q[4];
ry(pi*0.000647570784) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.10298707218) q[0];
ry(pi*-0.03597002444) q[1];
ry(pi*-0.021742372802) q[2];
ry(pi*-0.017619636231) q[3];
ry(pi*0.013128849699) q[4];
ry(pi*0.004876522355) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.09621163836) q[0];
ry(pi*0.068905965014) q[1];
ry(pi*-0.071509780164) q[2];
ry(pi*-0.015547289246) q[3];
ry(pi*-0.01423887639) q[4];
ry(pi*0.003676285881) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.101439607446) q[0];
ry(pi*-0.051033342608) q[1];
ry(pi*-0.008121377143) q[2];
ry(pi*-0.02706498744) q[3];
ry(pi*0.020219733908) q[4];
ry(pi*0.004067027841) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.123719694005) q[0];
ry(pi*0.093555150118) q[1];
ry(pi*0.093929757535) q[2];
ry(pi*0.096928865141) q[3];
ry(pi*-0.042506894931) q[4];
ry(pi*-0.002454332873) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
