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
ry(pi*-0.316916735344) q[0];
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
ry(pi*0.499165782198) q[0];
ry(pi*0.11527653669) q[1];
ry(pi*0.503447286279) q[2];
ry(pi*0.000994796524) q[3];
ry(pi*-0.000515262364) q[4];
ry(pi*0.003846548208) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.027523409341) q[0];
ry(pi*-0.043741750444) q[1];
ry(pi*0.008687501404) q[2];
ry(pi*0.003885935928) q[3];
ry(pi*0.004136171648) q[4];
ry(pi*-0.023790350478) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.496049166879) q[0];
ry(pi*0.499975159614) q[1];
ry(pi*0.00179836865) q[2];
ry(pi*0.002334009486) q[3];
ry(pi*-0.502478537782) q[4];
ry(pi*-0.003450575402) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003126359306) q[0];
ry(pi*0.010648203255) q[1];
ry(pi*-0.003356254462) q[2];
ry(pi*0.005869975445) q[3];
ry(pi*-0.511923247475) q[4];
ry(pi*-0.535105706373) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.411141871051) q[0];
ry(pi*-0.002068736678) q[1];
ry(pi*0.000230577915) q[2];
ry(pi*0.363418352737) q[3];
ry(pi*-0.00109264973) q[4];
ry(pi*0.002177812191) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
