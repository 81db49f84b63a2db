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
rz(pi*-0.294454957216) q[0];
rz(pi*-0.173652209333) q[1];
rz(pi*0.071889268321) q[2];
rz(pi*-0.036177766541) q[3];
rz(pi*0.020330077037) q[4];
rz(pi*0.155846570213) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.162990834248) q[0];
rz(pi*-0.150538725859) q[1];
rz(pi*0.078642110341) q[2];
rz(pi*0.316984525921) q[3];
rz(pi*-0.138764750904) q[4];
rz(pi*-0.342833452726) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.188710139241) q[0];
rz(pi*-0.135344381895) q[1];
rz(pi*-0.070390350105) q[2];
rz(pi*-0.153448263122) q[3];
rz(pi*-0.11429427011) q[4];
rz(pi*0.251998975654) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.024363469754) q[0];
rz(pi*-0.05535393055) q[1];
rz(pi*-0.028091256565) q[2];
rz(pi*-0.00283624465) q[3];
rz(pi*-0.41120042095) q[4];
rz(pi*0.098201803702) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.118417086129) q[0];
rz(pi*-0.021017573523) q[1];
rz(pi*0.022346939407) q[2];
rz(pi*-0.035019824175) q[3];
rz(pi*0.088284606186) q[4];
rz(pi*-0.000363317039) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
