// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
rx(pi*-0.000406131675) q[0];
rx(pi*-0.004710946296) q[1];
rx(pi*0.458850704458) q[2];
rx(pi*0.001489606006) q[3];
rx(pi*-0.001974922666) q[4];
rx(pi*0.008570794104) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000579849117) q[0];
rx(pi*-0.012914441048) q[1];
rx(pi*-0.012250914258) q[2];
rx(pi*0.003559276499) q[3];
rx(pi*0.003716605934) q[4];
rx(pi*0.001245113544) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000584127546) q[0];
rx(pi*-0.044151225028) q[1];
rx(pi*0.03794290798) q[2];
rx(pi*0.007743202849) q[3];
rx(pi*0.000926125182) q[4];
rx(pi*-0.00425523068) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000540495192) q[0];
rx(pi*0.015197472096) q[1];
rx(pi*0.059684431752) q[2];
rx(pi*-0.005213957712) q[3];
rx(pi*-0.001407661078) q[4];
rx(pi*-1.24596e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001696349221) q[0];
rx(pi*0.04582269564) q[1];
rx(pi*0.45409761376) q[2];
rx(pi*0.00569127232) q[3];
rx(pi*-0.001253075428) q[4];
rx(pi*-0.000597088712) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
