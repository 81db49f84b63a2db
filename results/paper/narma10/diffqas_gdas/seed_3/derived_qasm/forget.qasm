// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.002814854952) q[0];
rx(pi*-0.004277416047) q[1];
rx(pi*0.001590871268) q[2];
rx(pi*-0.004787326428) q[3];
rx(pi*-0.000626271206) q[4];
rx(pi*-0.000686264369) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000621783262) q[0];
rx(pi*-0.000826706354) q[1];
rx(pi*-0.001707335331) q[2];
rx(pi*0.009946890459) q[3];
rx(pi*0.001616408883) q[4];
rx(pi*-0.001122456732) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000405141905) q[0];
rx(pi*0.000366949356) q[1];
rx(pi*-0.00419311005) q[2];
rx(pi*-0.004188315874) q[3];
rx(pi*0.00234863703) q[4];
rx(pi*-0.000759338055) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000634818874) q[0];
rx(pi*0.000823251461) q[1];
rx(pi*0.001755209058) q[2];
rx(pi*0.004204354071) q[3];
rx(pi*0.002632831004) q[4];
rx(pi*-0.001608192349) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00324367581) q[0];
rx(pi*0.003905153247) q[1];
rx(pi*0.006419610609) q[2];
rx(pi*-0.003838300992) q[3];
rx(pi*3.9284853e-05) q[4];
rx(pi*0.003190462885) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
