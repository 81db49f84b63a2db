// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.289806577113) q[0];
ry(pi*0.363195195279) q[1];
ry(pi*-0.005283376031) q[2];
ry(pi*-0.032847819276) q[3];
ry(pi*0.556197178748) q[4];
ry(pi*-0.010239582444) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.015851006177) q[0];
ry(pi*0.142631159724) q[1];
ry(pi*0.146659785538) q[2];
ry(pi*-0.055700799809) q[3];
ry(pi*0.035516599486) q[4];
ry(pi*-0.048445910425) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.097245406463) q[0];
ry(pi*-0.12024186603) q[1];
ry(pi*0.200416229704) q[2];
ry(pi*-0.041840135658) q[3];
ry(pi*-0.367050078156) q[4];
ry(pi*0.572187106941) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.145557981161) q[0];
ry(pi*-0.056074657803) q[1];
ry(pi*-0.01562939144) q[2];
ry(pi*0.011330190528) q[3];
ry(pi*-0.101710509824) q[4];
ry(pi*0.068156081391) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.429819554573) q[0];
ry(pi*-0.240468572834) q[1];
ry(pi*-0.00609481377) q[2];
ry(pi*0.041784692546) q[3];
ry(pi*-0.219497937889) q[4];
ry(pi*0.000365076872) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
