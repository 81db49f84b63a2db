// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*0.004949465158) q[0];
rx(pi*0.006994442176) q[1];
rx(pi*0.002321903094) q[2];
rx(pi*1.605837e-06) q[3];
rx(pi*-0.00534370759) q[4];
rx(pi*0.000598295149) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000466248234) q[0];
rx(pi*-0.003168938599) q[1];
rx(pi*0.001930016248) q[2];
rx(pi*-0.000401894452) q[3];
rx(pi*-0.000771499512) q[4];
rx(pi*0.006366184538) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000190415387) q[0];
rx(pi*-0.004257944375) q[1];
rx(pi*-0.00720172478) q[2];
rx(pi*0.001675037489) q[3];
rx(pi*-0.000726475329) q[4];
rx(pi*-0.00247196493) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005593467806) q[0];
rx(pi*-0.000244057719) q[1];
rx(pi*-0.003676998248) q[2];
rx(pi*-0.000404265305) q[3];
rx(pi*-0.00282849784) q[4];
rx(pi*-0.002882468489) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001376687623) q[0];
rx(pi*-0.000143654364) q[1];
rx(pi*0.000970846913) q[2];
rx(pi*-0.011106060717) q[3];
rx(pi*-0.00408572163) q[4];
rx(pi*0.003831743239) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
