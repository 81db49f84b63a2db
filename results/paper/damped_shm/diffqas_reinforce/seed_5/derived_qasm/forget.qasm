// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.184158766796) q[0];
ry(pi*-0.011218722078) q[1];
ry(pi*-0.01445346291) q[2];
ry(pi*0.016547078344) q[3];
ry(pi*0.092895932513) q[4];
ry(pi*-0.001946245358) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.201422999588) q[0];
ry(pi*-0.217795570157) q[1];
ry(pi*0.107947146069) q[2];
ry(pi*0.009016344775) q[3];
ry(pi*0.008945603106) q[4];
ry(pi*-0.002095192248) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.10878141573) q[0];
ry(pi*-0.024240853629) q[1];
ry(pi*-0.030689811521) q[2];
ry(pi*0.007364339015) q[3];
ry(pi*-0.084588695963) q[4];
ry(pi*0.001915802102) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.176595299901) q[0];
ry(pi*-0.338428170439) q[1];
ry(pi*-0.096285603616) q[2];
ry(pi*-0.002148968723) q[3];
ry(pi*0.007818738101) q[4];
ry(pi*-0.186732780503) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.015837109825) q[0];
ry(pi*0.066650119543) q[1];
ry(pi*0.272419078379) q[2];
ry(pi*0.134437086127) q[3];
ry(pi*0.134556168578) q[4];
ry(pi*-0.000551418492) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
