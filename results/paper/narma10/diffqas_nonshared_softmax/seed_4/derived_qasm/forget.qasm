// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*0.0026964739) q[0];
rz(pi*-2.785497e-05) q[1];
rz(pi*0.003405225495) q[2];
rz(pi*0.002257659592) q[3];
rz(pi*0.00031662607) q[4];
rz(pi*0.000528416703) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003826306658) q[0];
rz(pi*-0.000492782177) q[1];
rz(pi*-0.000452887714) q[2];
rz(pi*0.000255245118) q[3];
rz(pi*0.002606118561) q[4];
rz(pi*0.002986334499) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006157695978) q[0];
rz(pi*-0.000187618167) q[1];
rz(pi*0.004101312782) q[2];
rz(pi*-0.001992086481) q[3];
rz(pi*0.002021323634) q[4];
rz(pi*0.000508236555) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00564019294) q[0];
rz(pi*0.002063725649) q[1];
rz(pi*-0.001296937012) q[2];
rz(pi*0.001975078895) q[3];
rz(pi*0.001240921012) q[4];
rz(pi*-0.000866600261) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000792770482) q[0];
rz(pi*-0.002857437209) q[1];
rz(pi*0.008926465533) q[2];
rz(pi*0.000582193067) q[3];
rz(pi*0.003255206201) q[4];
rz(pi*-0.003555491436) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
