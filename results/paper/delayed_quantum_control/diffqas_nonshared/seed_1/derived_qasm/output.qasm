// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.726490566666) q[0];
ry(pi*-0.058283128323) q[1];
ry(pi*0.005855840155) q[2];
ry(pi*0.032263268919) q[3];
ry(pi*0.334025582282) q[4];
ry(pi*0.516561590995) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003637149252) q[0];
ry(pi*-0.235916479425) q[1];
ry(pi*-0.004621737622) q[2];
ry(pi*0.002869238851) q[3];
ry(pi*0.001604698399) q[4];
ry(pi*-0.000517193248) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.438686695881) q[0];
ry(pi*-0.503552736811) q[1];
ry(pi*-0.459552316668) q[2];
ry(pi*0.508908667594) q[3];
ry(pi*0.564346884575) q[4];
ry(pi*0.494716710809) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001310536322) q[0];
ry(pi*-0.012594647086) q[1];
ry(pi*0.00430443739) q[2];
ry(pi*0.001777008597) q[3];
ry(pi*0.005357547024) q[4];
ry(pi*0.224521124623) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.273910582994) q[0];
ry(pi*-0.030860172566) q[1];
ry(pi*0.388371538178) q[2];
ry(pi*-0.267028920759) q[3];
ry(pi*0.002623552144) q[4];
ry(pi*-0.002293660529) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
