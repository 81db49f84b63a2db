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
rz(pi*0.003842823324) q[0];
rz(pi*-0.001588019723) q[1];
rz(pi*0.003344378708) q[2];
rz(pi*0.000710618855) q[3];
rz(pi*-0.007217890154) q[4];
rz(pi*0.002757533834) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00042983942) q[0];
rz(pi*-0.003377209565) q[1];
rz(pi*-0.000321764275) q[2];
rz(pi*-0.00221670158) q[3];
rz(pi*0.003331292255) q[4];
rz(pi*0.001576568929) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004638104878) q[0];
rz(pi*-0.006248883746) q[1];
rz(pi*-0.002637657493) q[2];
rz(pi*-0.001735662237) q[3];
rz(pi*0.00369352025) q[4];
rz(pi*0.000774826487) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004094230018) q[0];
rz(pi*-0.002249223538) q[1];
rz(pi*0.000800137466) q[2];
rz(pi*0.000187141532) q[3];
rz(pi*0.000654313076) q[4];
rz(pi*0.00460306162) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003046298758) q[0];
rz(pi*0.001850588025) q[1];
rz(pi*0.006401600136) q[2];
rz(pi*-0.000224195438) q[3];
rz(pi*0.001090447483) q[4];
rz(pi*0.003343295186) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
