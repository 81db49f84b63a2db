// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
rx(pi*-0.275564816865) q[0];
rx(pi*-0.00974363482) q[1];
rx(pi*-0.112775776762) q[2];
rx(pi*0.001529195164) q[3];
rx(pi*0.001244887354) q[4];
rx(pi*-0.00177839509) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.211119306889) q[0];
rx(pi*0.002399796599) q[1];
rx(pi*-0.186886099277) q[2];
rx(pi*0.00777865165) q[3];
rx(pi*-0.00300518926) q[4];
rx(pi*-0.002149406875) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.05483652949) q[0];
rx(pi*-0.027742210183) q[1];
rx(pi*-0.115828672107) q[2];
rx(pi*-0.000151387612) q[3];
rx(pi*-0.000287525358) q[4];
rx(pi*-0.002912989711) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.327608809284) q[0];
rx(pi*0.007480582076) q[1];
rx(pi*-0.176254549352) q[2];
rx(pi*0.0061274048) q[3];
rx(pi*0.002243334278) q[4];
rx(pi*0.005987023068) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.259460084576) q[0];
rx(pi*-0.019424295532) q[1];
rx(pi*-0.109967459107) q[2];
rx(pi*-0.002006130465) q[3];
rx(pi*-0.004577362144) q[4];
rx(pi*0.002386174167) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
