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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.095794655311) q[0];
ry(pi*0.386109872816) q[1];
ry(pi*-0.163632625384) q[2];
ry(pi*0.000159121841) q[3];
ry(pi*1.7198e-08) q[4];
ry(pi*9.208e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.053693350294) q[0];
ry(pi*-0.400908084781) q[1];
ry(pi*-0.122888478956) q[2];
ry(pi*0.000233766911) q[3];
ry(pi*-1.1329e-08) q[4];
ry(pi*1.3339e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.01247924179) q[0];
ry(pi*0.252983964823) q[1];
ry(pi*-0.135382839654) q[2];
ry(pi*-0.000641965226) q[3];
ry(pi*2.5746e-08) q[4];
ry(pi*-1.1587e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.105489302496) q[0];
ry(pi*-0.418616488569) q[1];
ry(pi*-0.178002869079) q[2];
ry(pi*-0.00162952498) q[3];
ry(pi*-0.010277837433) q[4];
ry(pi*0.003169005004) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.050920307721) q[0];
ry(pi*0.142600442846) q[1];
ry(pi*-0.468976801412) q[2];
ry(pi*-0.00924457685) q[3];
ry(pi*0.021642796707) q[4];
ry(pi*-0.001741361769) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
