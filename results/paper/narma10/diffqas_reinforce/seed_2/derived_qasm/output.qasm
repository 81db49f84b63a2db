// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.002195193303) q[0];
rz(pi*-0.001311621029) q[1];
rz(pi*-0.000715593939) q[2];
rz(pi*0.002382186777) q[3];
rz(pi*0.004691237169) q[4];
rz(pi*0.0067467826) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004457937591) q[0];
rz(pi*0.002282815825) q[1];
rz(pi*-0.0041729269) q[2];
rz(pi*-0.001201457771) q[3];
rz(pi*0.000512179626) q[4];
rz(pi*-0.001819939182) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001950929107) q[0];
rz(pi*-0.000688353075) q[1];
rz(pi*0.005796078964) q[2];
rz(pi*-0.000498945504) q[3];
rz(pi*-0.003954739709) q[4];
rz(pi*-0.001549379499) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002207838787) q[0];
rz(pi*0.002339743406) q[1];
rz(pi*0.00454286376) q[2];
rz(pi*0.003333930949) q[3];
rz(pi*0.003346671149) q[4];
rz(pi*-0.002100399378) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003431894657) q[0];
rz(pi*-0.002464027503) q[1];
rz(pi*0.000204159216) q[2];
rz(pi*-0.000995761169) q[3];
rz(pi*0.001017954911) q[4];
rz(pi*0.003376348677) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
