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
rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002789179785) q[0];
rx(pi*0.000816283867) q[1];
rx(pi*-0.000301949631) q[2];
rx(pi*-0.000824003849) q[3];
rx(pi*0.003360517401) q[4];
rx(pi*-0.007164874368) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000441421615) q[0];
rx(pi*0.00010510112) q[1];
rx(pi*-0.004537051281) q[2];
rx(pi*0.001059222194) q[3];
rx(pi*-0.002073151844) q[4];
rx(pi*0.002745275068) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000399901388) q[0];
rx(pi*0.002129970777) q[1];
rx(pi*0.00387958243) q[2];
rx(pi*0.001218877495) q[3];
rx(pi*-0.002787660779) q[4];
rx(pi*-0.004820368654) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.005581086902) q[0];
rx(pi*-0.000354369535) q[1];
rx(pi*-0.002191888042) q[2];
rx(pi*0.000459115555) q[3];
rx(pi*-0.000609240645) q[4];
rx(pi*0.00271244421) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000108012751) q[0];
rx(pi*4.3793261e-05) q[1];
rx(pi*-0.002274565793) q[2];
rx(pi*0.001494585314) q[3];
rx(pi*-0.003290927141) q[4];
rx(pi*0.002119585273) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
