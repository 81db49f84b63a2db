// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.012239138111) q[0];
ry(pi*0.129098752567) q[1];
ry(pi*0.106131179009) q[2];
ry(pi*-0.274942491768) q[3];
ry(pi*-0.128239998575) q[4];
ry(pi*-0.376347673163) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.048458702801) q[0];
ry(pi*0.140436231003) q[1];
ry(pi*-0.183779899998) q[2];
ry(pi*-0.165539728037) q[3];
ry(pi*-0.127365269529) q[4];
ry(pi*-0.150263317453) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.279872010047) q[0];
ry(pi*0.032803546369) q[1];
ry(pi*-0.098148585144) q[2];
ry(pi*0.413873719046) q[3];
ry(pi*0.251197035554) q[4];
ry(pi*0.342301684553) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.114924781947) q[0];
ry(pi*-0.467148587444) q[1];
ry(pi*0.246399283008) q[2];
ry(pi*-0.134866980131) q[3];
ry(pi*0.128840789603) q[4];
ry(pi*-0.014332319544) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.044244300585) q[0];
ry(pi*0.236474562798) q[1];
ry(pi*0.11172907873) q[2];
ry(pi*-0.453353312868) q[3];
ry(pi*0.069654027253) q[4];
ry(pi*0.003707875209) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
