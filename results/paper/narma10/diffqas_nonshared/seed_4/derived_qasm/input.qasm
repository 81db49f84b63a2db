// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000921867875) q[0];
rz(pi*0.001203095727) q[1];
rz(pi*0.000420100323) q[2];
rz(pi*-0.000409953535) q[3];
rz(pi*0.001311855076) q[4];
rz(pi*0.001135096584) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00418285528) q[0];
rz(pi*-0.00055801545) q[1];
rz(pi*-0.00502326974) q[2];
rz(pi*0.00288227639) q[3];
rz(pi*-0.002763854131) q[4];
rz(pi*0.001083322771) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001837391738) q[0];
rz(pi*0.001832439999) q[1];
rz(pi*0.005981607535) q[2];
rz(pi*0.00608240915) q[3];
rz(pi*-0.002009500499) q[4];
rz(pi*0.00031481584) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002546326539) q[0];
rz(pi*-0.001048880268) q[1];
rz(pi*0.007444328119) q[2];
rz(pi*-0.000755863818) q[3];
rz(pi*-0.000991824324) q[4];
rz(pi*0.003198877891) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002106842997) q[0];
rz(pi*0.001993758751) q[1];
rz(pi*0.004712891299) q[2];
rz(pi*-0.005630570792) q[3];
rz(pi*-0.000404274865) q[4];
rz(pi*0.001586408225) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
