// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.026303643375) q[0];
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
ry(pi*0.191786133906) q[0];
ry(pi*-0.180520002489) q[1];
ry(pi*-0.009531136488) q[2];
ry(pi*-0.027299210753) q[3];
ry(pi*-0.001325222414) q[4];
ry(pi*0.095914183621) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.268969662093) q[0];
ry(pi*0.216390827917) q[1];
ry(pi*0.008757165183) q[2];
ry(pi*0.005570016304) q[3];
ry(pi*0.006255409186) q[4];
ry(pi*0.000620032211) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.22450922871) q[0];
ry(pi*0.040528919579) q[1];
ry(pi*0.001812094988) q[2];
ry(pi*0.015961641012) q[3];
ry(pi*0.00055074507) q[4];
ry(pi*0.001334649498) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.298959410055) q[0];
ry(pi*0.373823804428) q[1];
ry(pi*0.506407945611) q[2];
ry(pi*0.505029613437) q[3];
ry(pi*-0.266627229745) q[4];
ry(pi*-0.149256803701) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.069296618632) q[0];
ry(pi*0.018313667642) q[1];
ry(pi*-0.420150928512) q[2];
ry(pi*0.000680210654) q[3];
ry(pi*-0.168807575127) q[4];
ry(pi*0.001543024963) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
