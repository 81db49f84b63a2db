// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.112611899653) q[0];
ry(pi*0.038770437573) q[1];
ry(pi*-0.002720512371) q[2];
ry(pi*-0.00091768016) q[3];
ry(pi*-0.003667079948) q[4];
ry(pi*-0.000482540118) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.111481854342) q[0];
ry(pi*-0.067913804146) q[1];
ry(pi*0.002531561888) q[2];
ry(pi*0.003550398142) q[3];
ry(pi*0.001986258883) q[4];
ry(pi*-0.000138369185) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.107490680732) q[0];
ry(pi*0.018601549443) q[1];
ry(pi*-0.002491578008) q[2];
ry(pi*0.00156635077) q[3];
ry(pi*-0.000135647763) q[4];
ry(pi*0.004577690017) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.113975044143) q[0];
ry(pi*-0.04751736518) q[1];
ry(pi*0.001145217803) q[2];
ry(pi*0.000820577637) q[3];
ry(pi*-0.005218524808) q[4];
ry(pi*0.001146410196) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.114102370253) q[0];
ry(pi*-0.017346862665) q[1];
ry(pi*-0.000509364841) q[2];
ry(pi*0.000696973818) q[3];
ry(pi*-0.005781785963) q[4];
ry(pi*0.004941654612) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
