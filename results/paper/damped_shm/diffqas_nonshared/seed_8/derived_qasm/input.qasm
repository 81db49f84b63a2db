// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.006767319413) q[0];
ry(pi*-0.003498153124) q[1];
ry(pi*0.00160868401) q[2];
ry(pi*0.02100822233) q[3];
ry(pi*0.112385687583) q[4];
ry(pi*0.374008598991) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000173674513) q[0];
ry(pi*-0.019011931162) q[1];
ry(pi*-0.007953017723) q[2];
ry(pi*-0.001796328931) q[3];
ry(pi*0.007929466021) q[4];
ry(pi*-0.012516526797) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.050737576444) q[0];
ry(pi*-0.005068392863) q[1];
ry(pi*-0.014326096483) q[2];
ry(pi*4.0806837e-05) q[3];
ry(pi*-0.012771845434) q[4];
ry(pi*-0.004660075913) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.194275718886) q[0];
ry(pi*-0.054623498736) q[1];
ry(pi*-0.010518881449) q[2];
ry(pi*0.021071918587) q[3];
ry(pi*0.007518193769) q[4];
ry(pi*0.028333242104) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.099068146793) q[0];
ry(pi*-0.250052789141) q[1];
ry(pi*-0.487820572368) q[2];
ry(pi*-0.49461342317) q[3];
ry(pi*-0.53047320646) q[4];
ry(pi*0.000261107104) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
