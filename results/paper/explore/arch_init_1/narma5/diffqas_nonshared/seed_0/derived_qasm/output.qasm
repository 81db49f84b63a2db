// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000162593187) q[0];
rz(pi*-0.004250091436) q[1];
rz(pi*0.003475237009) q[2];
rz(pi*0.001295944203) q[3];
rz(pi*-0.003612309479) q[4];
rz(pi*-0.002907656294) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001780172006) q[0];
rz(pi*-0.00540705048) q[1];
rz(pi*0.000218976561) q[2];
rz(pi*0.001151930228) q[3];
rz(pi*-0.002100821373) q[4];
rz(pi*-0.000845078347) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00028772926) q[0];
rz(pi*0.001839282046) q[1];
rz(pi*-0.003974814358) q[2];
rz(pi*-0.001788316947) q[3];
rz(pi*0.002549401903) q[4];
rz(pi*-0.008311275967) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003120800884) q[0];
rz(pi*0.004257261949) q[1];
rz(pi*0.006038024779) q[2];
rz(pi*-0.007511290061) q[3];
rz(pi*-0.001461497287) q[4];
rz(pi*-0.0020610081) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004619524333) q[0];
rz(pi*0.002124262499) q[1];
rz(pi*0.003260742685) q[2];
rz(pi*0.00233988585) q[3];
rz(pi*-0.004850904699) q[4];
rz(pi*0.00133706378) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
