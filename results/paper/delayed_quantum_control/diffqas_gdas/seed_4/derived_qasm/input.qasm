// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.265470252618) q[0];
ry(pi*-0.402349520315) q[1];
ry(pi*-0.214656054732) q[2];
ry(pi*-0.00583530097) q[3];
ry(pi*0.499420510308) q[4];
ry(pi*-0.489614407717) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.092481235681) q[0];
ry(pi*0.058477418746) q[1];
ry(pi*0.291438593897) q[2];
ry(pi*-0.057827654312) q[3];
ry(pi*-0.100182833666) q[4];
ry(pi*0.518217001177) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.279397254981) q[0];
ry(pi*0.000875443711) q[1];
ry(pi*-0.006426494159) q[2];
ry(pi*-0.505840205109) q[3];
ry(pi*-0.009799105798) q[4];
ry(pi*-0.001685290036) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.478305777344) q[0];
ry(pi*0.498486937285) q[1];
ry(pi*-0.028357081361) q[2];
ry(pi*-0.171951302502) q[3];
ry(pi*0.538019654801) q[4];
ry(pi*0.008337027322) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.477911258029) q[0];
ry(pi*0.499248731051) q[1];
ry(pi*0.373254849671) q[2];
ry(pi*0.025023415438) q[3];
ry(pi*0.063790741481) q[4];
ry(pi*0.000470882698) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
