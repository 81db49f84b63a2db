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
ry(pi*-0.098142191329) q[0];
ry(pi*0.031083733195) q[1];
ry(pi*0.039008604847) q[2];
ry(pi*-0.005357263026) q[3];
ry(pi*-0.041655293664) q[4];
ry(pi*0.015662667268) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.189359386667) q[0];
ry(pi*0.094861879143) q[1];
ry(pi*-0.019025752808) q[2];
ry(pi*0.090475095285) q[3];
ry(pi*-0.008578320356) q[4];
ry(pi*0.024820509016) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.082972644746) q[0];
ry(pi*0.01566552741) q[1];
ry(pi*0.105777147537) q[2];
ry(pi*-0.003108836492) q[3];
ry(pi*-0.024210772337) q[4];
ry(pi*0.016465002238) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.139681741745) q[0];
ry(pi*0.098874880899) q[1];
ry(pi*0.002321300413) q[2];
ry(pi*-0.024755769258) q[3];
ry(pi*-0.044481407756) q[4];
ry(pi*-0.020167698776) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.067969422756) q[0];
ry(pi*-0.011247347211) q[1];
ry(pi*0.055867043768) q[2];
ry(pi*-0.0022834274) q[3];
ry(pi*-0.013963998036) q[4];
ry(pi*0.00319047) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
