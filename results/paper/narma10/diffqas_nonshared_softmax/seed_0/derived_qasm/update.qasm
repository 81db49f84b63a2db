// DiffQAS-QLSTM derived circuit, update gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004851280003) q[0];
rz(pi*-0.002938586319) q[1];
rz(pi*-0.001442826325) q[2];
rz(pi*-0.002491553106) q[3];
rz(pi*-0.004460116196) q[4];
rz(pi*0.001981744258) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00335144576) q[0];
rz(pi*-0.002177868664) q[1];
rz(pi*0.003000982647) q[2];
rz(pi*0.002754039292) q[3];
rz(pi*-0.001978120908) q[4];
rz(pi*-0.004163628475) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000331960349) q[0];
rz(pi*-0.005086252147) q[1];
rz(pi*-0.003216297245) q[2];
rz(pi*-0.00123428055) q[3];
rz(pi*-0.0005033895) q[4];
rz(pi*-0.001767339166) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000462739498) q[0];
rz(pi*0.004399244507) q[1];
rz(pi*0.001996138349) q[2];
rz(pi*0.004390203992) q[3];
rz(pi*0.002852172272) q[4];
rz(pi*0.000738406445) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003863843053) q[0];
rz(pi*-0.004252978259) q[1];
rz(pi*-6.5488316e-05) q[2];
rz(pi*-0.001300636846) q[3];
rz(pi*-0.002974742744) q[4];
rz(pi*0.001304126794) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
