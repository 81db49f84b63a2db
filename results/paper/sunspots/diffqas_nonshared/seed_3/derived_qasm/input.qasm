// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.521402639351) q[0];
ry(pi*0.028897344582) q[1];
ry(pi*0.004947382306) q[2];
ry(pi*-0.457503221971) q[3];
ry(pi*0.00127508263) q[4];
ry(pi*0.491252932153) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.504551765813) q[0];
ry(pi*-0.43835952982) q[1];
ry(pi*0.07473521842) q[2];
ry(pi*0.083940985329) q[3];
ry(pi*0.048776131099) q[4];
ry(pi*0.499889706359) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.437458286359) q[0];
ry(pi*0.49429593321) q[1];
ry(pi*-0.497365913515) q[2];
ry(pi*0.236189573155) q[3];
ry(pi*0.069197163489) q[4];
ry(pi*0.003528438373) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.015723880467) q[0];
ry(pi*0.503695867219) q[1];
ry(pi*-0.500811022987) q[2];
ry(pi*0.031436915637) q[3];
ry(pi*-0.009144182556) q[4];
ry(pi*-0.01595442781) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000304785148) q[0];
ry(pi*0.500654194254) q[1];
ry(pi*0.419723889907) q[2];
ry(pi*-0.054287405997) q[3];
ry(pi*0.488474107635) q[4];
ry(pi*0.001206328431) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
