// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.01058055118) q[0];
ry(pi*-0.033889508502) q[1];
ry(pi*0.00505298047) q[2];
ry(pi*-0.041828078477) q[3];
ry(pi*-0.026507411588) q[4];
ry(pi*-0.278656539938) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.06820869282) q[0];
ry(pi*0.067394970644) q[1];
ry(pi*0.025751632183) q[2];
ry(pi*0.0172442201) q[3];
ry(pi*0.006294115963) q[4];
ry(pi*0.029463028912) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.029916342401) q[0];
ry(pi*0.051222709603) q[1];
ry(pi*-0.002818634976) q[2];
ry(pi*-0.072147605996) q[3];
ry(pi*0.004309944526) q[4];
ry(pi*0.00020066106) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.188326168773) q[0];
ry(pi*0.370838973816) q[1];
ry(pi*0.008230893771) q[2];
ry(pi*0.014995815504) q[3];
ry(pi*0.054761293059) q[4];
ry(pi*0.042476804153) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.143851505829) q[0];
ry(pi*0.139177721216) q[1];
ry(pi*0.383859553158) q[2];
ry(pi*-0.261790867657) q[3];
ry(pi*0.146359427969) q[4];
ry(pi*-0.002336042535) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
