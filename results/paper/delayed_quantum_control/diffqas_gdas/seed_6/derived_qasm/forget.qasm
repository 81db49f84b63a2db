// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001642665683) q[0];
rz(pi*-0.002059516071) q[1];
rz(pi*-0.002323239339) q[2];
rz(pi*-0.001799142679) q[3];
rz(pi*-0.001437686341) q[4];
rz(pi*-0.000658887954) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001722693474) q[0];
rz(pi*-0.003532358913) q[1];
rz(pi*-0.003839328484) q[2];
rz(pi*6.882311e-05) q[3];
rz(pi*0.007665653522) q[4];
rz(pi*0.001668527317) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001962260136) q[0];
rz(pi*0.00101037389) q[1];
rz(pi*-0.000616139129) q[2];
rz(pi*0.006271221192) q[3];
rz(pi*-0.001102485321) q[4];
rz(pi*-0.003208584823) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004038832559) q[0];
rz(pi*0.00048696414) q[1];
rz(pi*-0.003281335824) q[2];
rz(pi*-0.002886435275) q[3];
rz(pi*-0.002874770296) q[4];
rz(pi*-0.00429604521) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000428505695) q[0];
rz(pi*-0.005454569506) q[1];
rz(pi*0.007164912314) q[2];
rz(pi*-0.008902511253) q[3];
rz(pi*-0.004542348828) q[4];
rz(pi*0.000104284291) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
