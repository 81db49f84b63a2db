// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.294455033107) q[0];
rz(pi*-0.173652418033) q[1];
rz(pi*0.071889325239) q[2];
rz(pi*-0.036177650333) q[3];
rz(pi*0.020330143442) q[4];
rz(pi*0.155846389972) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.162991005003) q[0];
rz(pi*-0.150538431781) q[1];
rz(pi*0.078641778318) q[2];
rz(pi*0.316984601812) q[3];
rz(pi*-0.138764912172) q[4];
rz(pi*-0.342833452726) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.188710385886) q[0];
rz(pi*-0.135344685459) q[1];
rz(pi*-0.070390497144) q[2];
rz(pi*-0.153448395931) q[3];
rz(pi*-0.114294061409) q[4];
rz(pi*0.251999013599) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.024363514814) q[0];
rz(pi*-0.055353830943) q[1];
rz(pi*-0.028091327713) q[2];
rz(pi*-0.00283617617) q[3];
rz(pi*-0.41120042095) q[4];
rz(pi*0.098201993429) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.118417114588) q[0];
rz(pi*-0.021017535577) q[1];
rz(pi*0.022346993954) q[2];
rz(pi*-0.035019741169) q[3];
rz(pi*0.088284634645) q[4];
rz(pi*-0.000363271941) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
