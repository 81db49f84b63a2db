// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.0008611808) q[0];
ry(pi*-7.1739646e-05) q[1];
ry(pi*-9.6646954e-05) q[2];
ry(pi*0.000380829552) q[3];
ry(pi*-0.000592731168) q[4];
ry(pi*-0.000329644599) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-5.7348122e-05) q[0];
ry(pi*-0.000658255331) q[1];
ry(pi*0.001524480732) q[2];
ry(pi*-0.000147102327) q[3];
ry(pi*-1.307796e-05) q[4];
ry(pi*-1.5156425e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.394248915959) q[0];
ry(pi*-0.001829824428) q[1];
ry(pi*-0.034589536487) q[2];
ry(pi*4.741387e-06) q[3];
ry(pi*-0.000465304377) q[4];
ry(pi*-4.94655e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.499672468398) q[0];
ry(pi*-0.49773777937) q[1];
ry(pi*-0.499206421823) q[2];
ry(pi*0.499977701962) q[3];
ry(pi*0.499799699644) q[4];
ry(pi*0.1964084834) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.104110040657) q[0];
ry(pi*-0.077101803077) q[1];
ry(pi*-0.000147335614) q[2];
ry(pi*-0.004987120134) q[3];
ry(pi*0.000216581919) q[4];
ry(pi*0.004130496128) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
