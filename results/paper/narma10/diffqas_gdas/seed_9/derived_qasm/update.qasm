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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003580352257) q[0];
ry(pi*0.002193344201) q[1];
ry(pi*-0.119851672501) q[2];
ry(pi*-0.076113104735) q[3];
ry(pi*0.007069356663) q[4];
ry(pi*0.065588466243) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.104966546379) q[0];
ry(pi*0.234272282137) q[1];
ry(pi*0.100506100828) q[2];
ry(pi*0.527640006047) q[3];
ry(pi*-0.004533110285) q[4];
ry(pi*0.008441356683) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.020403200378) q[0];
ry(pi*0.118175164623) q[1];
ry(pi*0.078051711635) q[2];
ry(pi*-0.249783622769) q[3];
ry(pi*0.004101595594) q[4];
ry(pi*-0.01412054692) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.016517926718) q[0];
ry(pi*-0.059340071638) q[1];
ry(pi*0.05860417093) q[2];
ry(pi*0.184379856225) q[3];
ry(pi*0.50426387334) q[4];
ry(pi*0.057636337868) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007512541669) q[0];
ry(pi*-0.015631765405) q[1];
ry(pi*-0.011832973086) q[2];
ry(pi*0.033662890888) q[3];
ry(pi*-0.008459993257) q[4];
ry(pi*0.00285507362) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
