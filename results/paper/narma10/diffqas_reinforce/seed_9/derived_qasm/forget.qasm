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
rx(pi*-0.035452523774) q[0];
rx(pi*-0.009052789051) q[1];
rx(pi*0.006413714828) q[2];
rx(pi*-0.003568661487) q[3];
rx(pi*-0.000921616561) q[4];
rx(pi*0.001819277211) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.026906550767) q[0];
rx(pi*0.003541530458) q[1];
rx(pi*-0.003031401001) q[2];
rx(pi*0.001770435133) q[3];
rx(pi*-0.006618952526) q[4];
rx(pi*0.002275256371) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.024819951692) q[0];
rx(pi*0.001139938192) q[1];
rx(pi*0.000939055184) q[2];
rx(pi*0.000851558652) q[3];
rx(pi*0.002766062974) q[4];
rx(pi*0.003063584413) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.028719565193) q[0];
rx(pi*0.00311225544) q[1];
rx(pi*-0.003037075038) q[2];
rx(pi*0.000506644364) q[3];
rx(pi*-0.00077992393) q[4];
rx(pi*0.001529698534) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.028008770173) q[0];
rx(pi*0.001289055762) q[1];
rx(pi*-0.001546170437) q[2];
rx(pi*-0.003057892885) q[3];
rx(pi*0.003414371249) q[4];
rx(pi*0.00182247901) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
