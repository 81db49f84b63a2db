// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000243059445) q[0];
ry(pi*-0.001157422023) q[1];
ry(pi*-0.006931800092) q[2];
ry(pi*-0.05349727169) q[3];
ry(pi*0.002841918687) q[4];
ry(pi*0.03143174082) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.044815460925) q[0];
ry(pi*0.016355884037) q[1];
ry(pi*0.006114579816) q[2];
ry(pi*0.021210616487) q[3];
ry(pi*-0.003039197614) q[4];
ry(pi*0.005910221979) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001524542838) q[0];
ry(pi*8.4131685e-05) q[1];
ry(pi*0.019470427768) q[2];
ry(pi*0.024200297009) q[3];
ry(pi*0.004411804466) q[4];
ry(pi*-0.152415244442) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.011504889218) q[0];
ry(pi*0.030917558013) q[1];
ry(pi*0.015175462523) q[2];
ry(pi*-0.001193327207) q[3];
ry(pi*0.003914343764) q[4];
ry(pi*0.005218744181) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.225291721743) q[0];
ry(pi*-0.084291317115) q[1];
ry(pi*0.004687158621) q[2];
ry(pi*-0.004181363547) q[3];
ry(pi*0.049821121583) q[4];
ry(pi*-0.003388635903) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
