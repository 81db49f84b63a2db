// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.331518106001) q[0];
ry(pi*0.000680887225) q[1];
ry(pi*-0.048481564962) q[2];
ry(pi*-0.009314012363) q[3];
ry(pi*-0.50227158305) q[4];
ry(pi*-0.129255903837) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.100177103896) q[0];
ry(pi*0.220846406959) q[1];
ry(pi*-0.104193568178) q[2];
ry(pi*0.131524797815) q[3];
ry(pi*0.450405365277) q[4];
ry(pi*0.479734311409) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.171129858418) q[0];
ry(pi*-0.012951271895) q[1];
ry(pi*0.057359364211) q[2];
ry(pi*-0.132173665786) q[3];
ry(pi*0.029590663329) q[4];
ry(pi*-0.07487528473) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.018453952138) q[0];
ry(pi*0.045842294489) q[1];
ry(pi*0.248500875298) q[2];
ry(pi*0.087984865232) q[3];
ry(pi*0.303910690076) q[4];
ry(pi*0.455169763732) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.057547939093) q[0];
ry(pi*-0.113218961175) q[1];
ry(pi*-0.214532219608) q[2];
ry(pi*-0.172858332651) q[3];
ry(pi*0.28685198906) q[4];
ry(pi*0.005375343461) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
