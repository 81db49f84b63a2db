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
rx(pi*-0.002511479234) q[0];
rx(pi*-0.003802136266) q[1];
rx(pi*-1.1390139e-05) q[2];
rx(pi*-0.002236628449) q[3];
rx(pi*0.003981089891) q[4];
rx(pi*0.000487076865) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000493821343) q[0];
rx(pi*0.003615644532) q[1];
rx(pi*0.001646404649) q[2];
rx(pi*-0.000119289641) q[3];
rx(pi*-0.000288781154) q[4];
rx(pi*-0.00038499155) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003390614997) q[0];
rx(pi*0.002485611671) q[1];
rx(pi*0.001164677246) q[2];
rx(pi*0.002542292162) q[3];
rx(pi*-0.001733304132) q[4];
rx(pi*0.001626636083) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004527514214) q[0];
rx(pi*0.004284047022) q[1];
rx(pi*0.000283842941) q[2];
rx(pi*0.000583291856) q[3];
rx(pi*0.001907897433) q[4];
rx(pi*-3.0906319e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000842558455) q[0];
rx(pi*0.003782909165) q[1];
rx(pi*0.000368370534) q[2];
rx(pi*-0.002915762696) q[3];
rx(pi*0.001399158619) q[4];
rx(pi*-0.005427567135) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
