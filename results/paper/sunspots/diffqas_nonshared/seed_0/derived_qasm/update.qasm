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
rz(pi*-0.138235523653) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.273468176463) q[0];
rx(pi*-0.243093585287) q[1];
rx(pi*-0.19303285213) q[2];
rx(pi*-0.075252747545) q[3];
rx(pi*0.059336851014) q[4];
rx(pi*-0.000751667284) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.290206124206) q[0];
rx(pi*-0.005943131395) q[1];
rx(pi*-0.199666502607) q[2];
rx(pi*-0.043722270175) q[3];
rx(pi*0.02232600298) q[4];
rx(pi*-0.001853896102) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.27738382905) q[0];
rx(pi*0.018268220796) q[1];
rx(pi*-0.377245805094) q[2];
rx(pi*-0.208990507679) q[3];
rx(pi*0.056621831846) q[4];
rx(pi*0.001467633341) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.197803075219) q[0];
rx(pi*-0.077890021136) q[1];
rx(pi*-0.105281342208) q[2];
rx(pi*-0.099021853289) q[3];
rx(pi*0.017915371564) q[4];
rx(pi*-0.000682113709) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.436977858442) q[0];
rx(pi*-0.176885981368) q[1];
rx(pi*-0.189128450382) q[2];
rx(pi*-0.077101817306) q[3];
rx(pi*0.064291185647) q[4];
rx(pi*-0.001112069745) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
