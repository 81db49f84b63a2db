// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002160659641) q[0];
rz(pi*0.004119086689) q[1];
rz(pi*-0.006392749942) q[2];
rz(pi*0.000431013062) q[3];
rz(pi*-0.005579601692) q[4];
rz(pi*-0.002274865503) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002191565209) q[0];
rz(pi*-0.00129952946) q[1];
rz(pi*0.004076998316) q[2];
rz(pi*-0.003461389275) q[3];
rz(pi*-0.001387846859) q[4];
rz(pi*-0.002486010988) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000438686501) q[0];
rz(pi*-0.001501087779) q[1];
rz(pi*-0.001729636462) q[2];
rz(pi*-0.000255367737) q[3];
rz(pi*0.002986434403) q[4];
rz(pi*-8.8879986e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000411038872) q[0];
rz(pi*-0.001545188893) q[1];
rz(pi*-0.002899097806) q[2];
rz(pi*-0.005281603265) q[3];
rz(pi*-0.00402371958) q[4];
rz(pi*-0.000585814527) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.006826530394) q[0];
rz(pi*0.00137226638) q[1];
rz(pi*-0.00208173805) q[2];
rz(pi*-0.003748869684) q[3];
rz(pi*-0.00250270256) q[4];
rz(pi*0.001339729155) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
