// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.137334632614) q[0];
ry(pi*-0.098120894419) q[1];
ry(pi*-0.184998500609) q[2];
ry(pi*-0.04536668565) q[3];
ry(pi*0.102682569066) q[4];
ry(pi*-0.05610736682) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.050587032435) q[0];
ry(pi*0.418885484186) q[1];
ry(pi*-0.112475238952) q[2];
ry(pi*0.516493554722) q[3];
ry(pi*-0.112430150217) q[4];
ry(pi*0.04722483387) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.054497956065) q[0];
ry(pi*-0.166736339234) q[1];
ry(pi*-0.092903180103) q[2];
ry(pi*0.108125632193) q[3];
ry(pi*0.283653316608) q[4];
ry(pi*-0.156867920653) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.01132591336) q[0];
ry(pi*0.030714827089) q[1];
ry(pi*0.449957418704) q[2];
ry(pi*-0.002818861759) q[3];
ry(pi*0.485886718141) q[4];
ry(pi*-0.168272296996) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.931442611161) q[0];
ry(pi*0.079958605588) q[1];
ry(pi*0.129046169597) q[2];
ry(pi*-0.031885846421) q[3];
ry(pi*-0.440993478437) q[4];
ry(pi*0.002559590861) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
