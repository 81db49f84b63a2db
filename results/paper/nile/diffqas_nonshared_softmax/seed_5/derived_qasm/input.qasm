// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*0.002548225889) q[0];
ry(pi*-0.064674629621) q[1];
ry(pi*0.011723854885) q[2];
ry(pi*-0.083924801575) q[3];
ry(pi*0.048962879855) q[4];
ry(pi*0.00364799366) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.006750404616) q[0];
ry(pi*0.20985245858) q[1];
ry(pi*-0.055076634356) q[2];
ry(pi*0.45607339776) q[3];
ry(pi*-0.125057348608) q[4];
ry(pi*0.01621318763) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.021043715597) q[0];
ry(pi*-0.017903775658) q[1];
ry(pi*0.01084101736) q[2];
ry(pi*-0.345686688361) q[3];
ry(pi*0.328550085242) q[4];
ry(pi*-0.046349108755) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.018041910304) q[0];
ry(pi*0.197667420073) q[1];
ry(pi*-0.168226307056) q[2];
ry(pi*0.156814104454) q[3];
ry(pi*-0.120843833368) q[4];
ry(pi*-0.005204585175) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.019370895548) q[0];
ry(pi*-0.04475328723) q[1];
ry(pi*0.070402781998) q[2];
ry(pi*0.157280236406) q[3];
ry(pi*0.085146409367) q[4];
ry(pi*0.002593838153) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
