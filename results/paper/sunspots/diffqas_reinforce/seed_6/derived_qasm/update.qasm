// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.123553065848) q[0];
ry(pi*-0.144980498153) q[1];
ry(pi*-0.106281386253) q[2];
ry(pi*-0.078266777217) q[3];
ry(pi*0.089073198958) q[4];
ry(pi*-0.017416854317) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.17038261675) q[0];
ry(pi*-0.137215018926) q[1];
ry(pi*-0.139471362432) q[2];
ry(pi*0.169434662384) q[3];
ry(pi*0.182077532265) q[4];
ry(pi*-0.005700737942) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.173590585848) q[0];
ry(pi*0.126423310551) q[1];
ry(pi*-0.057494336338) q[2];
ry(pi*-0.213636098788) q[3];
ry(pi*0.048714047525) q[4];
ry(pi*-0.008321908414) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.104546243099) q[0];
ry(pi*-0.43404095299) q[1];
ry(pi*0.118127229976) q[2];
ry(pi*-0.285182330344) q[3];
ry(pi*0.116834664108) q[4];
ry(pi*0.520121523536) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.105243908977) q[0];
ry(pi*0.234105189148) q[1];
ry(pi*0.212722276396) q[2];
ry(pi*0.011160997494) q[3];
ry(pi*-0.002971819755) q[4];
ry(pi*-0.003039777469) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
