// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
rz(pi*-0.000255777411) q[0];
rz(pi*-0.001801409033) q[1];
rz(pi*0.005550467852) q[2];
rz(pi*0.000663299414) q[3];
rz(pi*-0.00321676356) q[4];
rz(pi*-0.002508642215) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000182991874) q[0];
rz(pi*0.007307695877) q[1];
rz(pi*-0.000567397696) q[2];
rz(pi*0.000405745105) q[3];
rz(pi*0.001636289506) q[4];
rz(pi*-0.000127722574) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.007259517549) q[0];
rz(pi*-0.001691888106) q[1];
rz(pi*0.002368921565) q[2];
rz(pi*0.000510682446) q[3];
rz(pi*0.001977356514) q[4];
rz(pi*-0.003745342532) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005628067576) q[0];
rz(pi*-0.000386853844) q[1];
rz(pi*0.000108672601) q[2];
rz(pi*-0.002976126865) q[3];
rz(pi*-0.002322702025) q[4];
rz(pi*0.0017960393) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003140084014) q[0];
rz(pi*0.00239763593) q[1];
rz(pi*0.003848236486) q[2];
rz(pi*0.002274307141) q[3];
rz(pi*9.0597362e-05) q[4];
rz(pi*0.002662743912) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
