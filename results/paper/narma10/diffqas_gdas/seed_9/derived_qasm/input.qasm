// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
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
rz(pi*-0.0035555362) q[0];
rz(pi*0.002248207903) q[1];
rz(pi*0.001687588555) q[2];
rz(pi*-0.003237394348) q[3];
rz(pi*0.002130814471) q[4];
rz(pi*-0.00765399714) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00345371806) q[0];
rz(pi*0.002830457665) q[1];
rz(pi*-0.004155379776) q[2];
rz(pi*-0.001909909285) q[3];
rz(pi*-0.00010430508) q[4];
rz(pi*-0.003997029667) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.0020788911) q[0];
rz(pi*0.001162711121) q[1];
rz(pi*0.000316413256) q[2];
rz(pi*-0.000743063143) q[3];
rz(pi*0.00418697622) q[4];
rz(pi*-0.000616773975) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002466262137) q[0];
rz(pi*0.000317266808) q[1];
rz(pi*-0.004292043443) q[2];
rz(pi*-0.002912721424) q[3];
rz(pi*0.001754195795) q[4];
rz(pi*-0.004467544027) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000706614271) q[0];
rz(pi*0.00214272906) q[1];
rz(pi*-0.003430271894) q[2];
rz(pi*-0.005708145615) q[3];
rz(pi*0.003560767638) q[4];
rz(pi*0.005542412734) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
