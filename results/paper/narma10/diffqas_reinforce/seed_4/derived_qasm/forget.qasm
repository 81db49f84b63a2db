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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.063570097911) q[0];
ry(pi*0.002696052349) q[1];
ry(pi*-0.108915382302) q[2];
ry(pi*-0.247526283194) q[3];
ry(pi*-0.008951542762) q[4];
ry(pi*0.000407426824) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.060432223629) q[0];
ry(pi*-0.004132993713) q[1];
ry(pi*-0.001111875571) q[2];
ry(pi*-0.003784587068) q[3];
ry(pi*-0.002952657872) q[4];
ry(pi*-0.003503147107) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.012170779301) q[0];
ry(pi*-0.003881029694) q[1];
ry(pi*0.094115728408) q[2];
ry(pi*-0.011165188099) q[3];
ry(pi*0.001646318827) q[4];
ry(pi*-0.000527073714) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.057525513305) q[0];
ry(pi*-0.002129763262) q[1];
ry(pi*-0.024977674515) q[2];
ry(pi*-0.020132454526) q[3];
ry(pi*-0.000976973109) q[4];
ry(pi*0.000280168675) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.047874218849) q[0];
ry(pi*0.02229311135) q[1];
ry(pi*-0.109528344348) q[2];
ry(pi*-0.249885809989) q[3];
ry(pi*0.039670220133) q[4];
ry(pi*0.004854251906) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
