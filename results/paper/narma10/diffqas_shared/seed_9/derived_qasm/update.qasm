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
ry(pi*0.005802288982) q[0];
ry(pi*-0.002735697091) q[1];
ry(pi*-0.000992889762) q[2];
ry(pi*-0.001548789417) q[3];
ry(pi*0.153978873957) q[4];
ry(pi*-0.001561082275) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002299693122) q[0];
ry(pi*0.003754001813) q[1];
ry(pi*0.328986951731) q[2];
ry(pi*-0.003653428759) q[3];
ry(pi*0.005686465693) q[4];
ry(pi*-0.006233279847) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001631165382) q[0];
ry(pi*0.169639340386) q[1];
ry(pi*-0.264530209888) q[2];
ry(pi*-0.004031423997) q[3];
ry(pi*-0.220223076306) q[4];
ry(pi*-0.00384252391) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00077402852) q[0];
ry(pi*-0.431069630974) q[1];
ry(pi*0.02001806783) q[2];
ry(pi*-0.207899631605) q[3];
ry(pi*0.057342625504) q[4];
ry(pi*0.005108336426) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.012472354683) q[0];
ry(pi*-0.02609491085) q[1];
ry(pi*-0.020531083813) q[2];
ry(pi*-0.030710892615) q[3];
ry(pi*-0.032836606382) q[4];
ry(pi*0.000773854282) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
