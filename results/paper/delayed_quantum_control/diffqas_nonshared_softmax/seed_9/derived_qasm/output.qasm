// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.195495192244) q[0];
ry(pi*0.114358094433) q[1];
ry(pi*-0.071614855984) q[2];
ry(pi*-0.032001290848) q[3];
ry(pi*0.198974566498) q[4];
ry(pi*2.900005e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.224596332595) q[0];
ry(pi*-0.174557437071) q[1];
ry(pi*-0.237272120193) q[2];
ry(pi*0.005142097837) q[3];
ry(pi*0.013274056437) q[4];
ry(pi*1.144248e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.095184928118) q[0];
ry(pi*0.074147324117) q[1];
ry(pi*0.023831407504) q[2];
ry(pi*-0.007374449118) q[3];
ry(pi*0.261315353682) q[4];
ry(pi*-1.47593e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002937383921) q[0];
ry(pi*-0.177335104251) q[1];
ry(pi*0.154445167177) q[2];
ry(pi*0.066513762405) q[3];
ry(pi*-0.047435621097) q[4];
ry(pi*3.3330134e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.061820696738) q[0];
ry(pi*0.055772398216) q[1];
ry(pi*-0.13374954221) q[2];
ry(pi*0.264346629581) q[3];
ry(pi*-0.079462477722) q[4];
ry(pi*-0.006075829164) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
