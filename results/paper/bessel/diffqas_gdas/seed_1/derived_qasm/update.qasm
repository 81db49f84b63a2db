// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
rx(pi*-0.3364834638) q[0];
rx(pi*-0.001868858781) q[1];
rx(pi*-0.001464461334) q[2];
rx(pi*-0.001528073548) q[3];
rx(pi*-0.001490814481) q[4];
rx(pi*-0.005235695738) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002152690346) q[0];
rx(pi*0.000531718888) q[1];
rx(pi*0.001056331221) q[2];
rx(pi*-0.002060361692) q[3];
rx(pi*-0.002062332338) q[4];
rx(pi*0.005331898241) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.334568696157) q[0];
rx(pi*0.00356083345) q[1];
rx(pi*-0.001956670438) q[2];
rx(pi*-0.001572579612) q[3];
rx(pi*-0.002798822387) q[4];
rx(pi*0.004902907814) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000456819297) q[0];
rx(pi*0.000490655525) q[1];
rx(pi*0.00288009482) q[2];
rx(pi*-0.000791531176) q[3];
rx(pi*-0.004985975247) q[4];
rx(pi*-0.00392896701) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.332899322033) q[0];
rx(pi*-0.002714874501) q[1];
rx(pi*0.001798164545) q[2];
rx(pi*0.002161297599) q[3];
rx(pi*0.00184512669) q[4];
rx(pi*0.002423903699) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
