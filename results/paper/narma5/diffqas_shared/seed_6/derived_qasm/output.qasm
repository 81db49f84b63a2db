// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.074214781721) q[0];
ry(pi*0.138847149547) q[1];
ry(pi*-0.09909923364) q[2];
ry(pi*-0.079916229956) q[3];
ry(pi*0.319900599296) q[4];
ry(pi*-0.149964629486) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003287817389) q[0];
ry(pi*-0.514913011002) q[1];
ry(pi*0.049472511574) q[2];
ry(pi*-0.112487704047) q[3];
ry(pi*0.07291237374) q[4];
ry(pi*0.25303634858) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.334892940415) q[0];
ry(pi*0.02221536103) q[1];
ry(pi*-0.013884642147) q[2];
ry(pi*0.054270064906) q[3];
ry(pi*-0.192700430618) q[4];
ry(pi*0.09564339508) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.092158528215) q[0];
ry(pi*0.050091170187) q[1];
ry(pi*0.054303139148) q[2];
ry(pi*-0.031933797669) q[3];
ry(pi*-0.078995586861) q[4];
ry(pi*-0.003612555828) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.203225562401) q[0];
ry(pi*-0.072248123614) q[1];
ry(pi*0.00708425442) q[2];
ry(pi*-0.005764985595) q[3];
ry(pi*-0.105947257193) q[4];
ry(pi*-0.002146018757) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
