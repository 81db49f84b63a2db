// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.141183093216) q[0];
ry(pi*-0.002192310334) q[1];
ry(pi*0.008307078247) q[2];
ry(pi*0.035195711033) q[3];
ry(pi*0.003025587336) q[4];
ry(pi*0.001345515102) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005552395364) q[0];
ry(pi*0.449821497939) q[1];
ry(pi*-0.005781861261) q[2];
ry(pi*-0.004193966195) q[3];
ry(pi*-0.014493783556) q[4];
ry(pi*0.004272829682) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004702071201) q[0];
ry(pi*-0.001435280655) q[1];
ry(pi*0.000622232976) q[2];
ry(pi*0.005240940517) q[3];
ry(pi*-0.001726776617) q[4];
ry(pi*0.000937725906) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.0170260086) q[0];
ry(pi*0.007108203957) q[1];
ry(pi*-0.00487780094) q[2];
ry(pi*0.003144823051) q[3];
ry(pi*-0.00390568982) q[4];
ry(pi*-0.000110913729) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001238014031) q[0];
ry(pi*-0.032061991782) q[1];
ry(pi*0.043277454105) q[2];
ry(pi*-0.024845707197) q[3];
ry(pi*0.078220711386) q[4];
ry(pi*0.002217673192) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
