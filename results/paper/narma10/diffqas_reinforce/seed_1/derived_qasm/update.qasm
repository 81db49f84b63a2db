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
ry(pi*-0.011315842388) q[0];
ry(pi*0.012014778255) q[1];
ry(pi*-0.029062146611) q[2];
ry(pi*-0.049709353126) q[3];
ry(pi*-0.106336113144) q[4];
ry(pi*-0.011742991272) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011329390116) q[0];
ry(pi*-0.034196497046) q[1];
ry(pi*0.002826575663) q[2];
ry(pi*-0.526456561936) q[3];
ry(pi*-0.045824716238) q[4];
ry(pi*-0.049836935368) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.04244893793) q[0];
ry(pi*0.011119390258) q[1];
ry(pi*0.064788793387) q[2];
ry(pi*-0.029310751267) q[3];
ry(pi*-0.015947687742) q[4];
ry(pi*-0.00180889393) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009424357864) q[0];
ry(pi*0.302308517424) q[1];
ry(pi*0.005753661829) q[2];
ry(pi*0.327179873404) q[3];
ry(pi*-0.50058111123) q[4];
ry(pi*-0.022646172841) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.041371978366) q[0];
ry(pi*0.033917284604) q[1];
ry(pi*-0.082812742428) q[2];
ry(pi*-0.057102615502) q[3];
ry(pi*0.00180274172) q[4];
ry(pi*-0.004626004119) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
