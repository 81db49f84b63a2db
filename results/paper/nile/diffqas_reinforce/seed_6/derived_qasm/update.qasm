// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.003500857037) q[0];
rz(pi*-0.003779802971) q[1];
rz(pi*0.002194599663) q[2];
rz(pi*-0.003911692619) q[3];
rz(pi*-0.004556235397) q[4];
rz(pi*0.005881271937) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001300464016) q[0];
rz(pi*-0.003972234361) q[1];
rz(pi*-0.001001060198) q[2];
rz(pi*-0.003753974243) q[3];
rz(pi*-5.4132232e-05) q[4];
rz(pi*0.001080811699) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000387105344) q[0];
rz(pi*-0.000231284557) q[1];
rz(pi*0.000816632788) q[2];
rz(pi*-0.001313142703) q[3];
rz(pi*0.003879514839) q[4];
rz(pi*-0.005782524122) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000702889609) q[0];
rz(pi*-0.003379702703) q[1];
rz(pi*-0.00270556985) q[2];
rz(pi*-0.00596362137) q[3];
rz(pi*2.0108801e-05) q[4];
rz(pi*-0.001322057819) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001187550005) q[0];
rz(pi*-0.000468006956) q[1];
rz(pi*-0.004154277282) q[2];
rz(pi*0.005642263341) q[3];
rz(pi*0.002150264354) q[4];
rz(pi*-0.001969573241) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
