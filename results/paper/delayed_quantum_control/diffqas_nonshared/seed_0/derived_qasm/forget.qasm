// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.018555133802) q[0];
ry(pi*-0.017713904699) q[1];
ry(pi*-0.171293460421) q[2];
ry(pi*-0.052826001647) q[3];
ry(pi*0.04455772089) q[4];
ry(pi*0.166540066159) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.012177498025) q[0];
ry(pi*0.011883520043) q[1];
ry(pi*0.587277271548) q[2];
ry(pi*0.406923356492) q[3];
ry(pi*0.175002708486) q[4];
ry(pi*0.142570589227) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.007022709198) q[0];
ry(pi*-0.000850892605) q[1];
ry(pi*0.349196267229) q[2];
ry(pi*0.136445247121) q[3];
ry(pi*-0.003762387767) q[4];
ry(pi*-0.005652595188) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.012738312288) q[0];
ry(pi*0.010753132036) q[1];
ry(pi*0.118669888506) q[2];
ry(pi*0.028206544466) q[3];
ry(pi*-0.0398563167) q[4];
ry(pi*0.010185421179) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.012600587927) q[0];
ry(pi*-0.023715391523) q[1];
ry(pi*-0.013697810385) q[2];
ry(pi*0.009882788066) q[3];
ry(pi*-0.026592430842) q[4];
ry(pi*0.00787008725) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
