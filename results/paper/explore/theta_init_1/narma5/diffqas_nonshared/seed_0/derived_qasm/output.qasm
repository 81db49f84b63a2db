// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*-0.411129007528) q[0];
rx(pi*0.558735884172) q[1];
rx(pi*-0.251179599599) q[2];
rx(pi*-0.65535111082) q[3];
rx(pi*-0.245935475218) q[4];
rx(pi*-0.458608915762) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.249927550033) q[0];
rx(pi*-0.295240296161) q[1];
rx(pi*0.185346783339) q[2];
rx(pi*0.513920508625) q[3];
rx(pi*-0.280929892513) q[4];
rx(pi*-0.03753763586) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.585794285697) q[0];
rx(pi*-0.053849823287) q[1];
rx(pi*-0.067407027826) q[2];
rx(pi*-0.124260199128) q[3];
rx(pi*-0.245268715946) q[4];
rx(pi*-0.252672603061) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.317055237352) q[0];
rx(pi*0.460672050291) q[1];
rx(pi*-0.260139157161) q[2];
rx(pi*0.637935949821) q[3];
rx(pi*0.536416419675) q[4];
rx(pi*-0.098339507905) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.548030169776) q[0];
rx(pi*-0.33451686261) q[1];
rx(pi*-0.03657258942) q[2];
rx(pi*-0.090760255683) q[3];
rx(pi*0.540491386425) q[4];
rx(pi*-0.406816046631) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
