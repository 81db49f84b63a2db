// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
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
rx(pi*-0.051229463901) q[0];
rx(pi*-0.010619853226) q[1];
rx(pi*-0.009693638665) q[2];
rx(pi*-0.005291635106) q[3];
rx(pi*-0.002101146874) q[4];
rx(pi*-0.009416168159) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.158761287036) q[0];
rx(pi*0.00596004975) q[1];
rx(pi*-0.006452144128) q[2];
rx(pi*-0.007591493201) q[3];
rx(pi*-0.07348698712) q[4];
rx(pi*0.003494991494) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.106438689304) q[0];
rx(pi*-0.024939980408) q[1];
rx(pi*-0.009231586447) q[2];
rx(pi*-0.240420552809) q[3];
rx(pi*-0.026638667428) q[4];
rx(pi*-0.233467192561) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.065112027346) q[0];
rx(pi*-0.008789287824) q[1];
rx(pi*-0.162914677639) q[2];
rx(pi*-0.010903132951) q[3];
rx(pi*-0.019289540406) q[4];
rx(pi*-0.001884991101) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003757889447) q[0];
rx(pi*0.001260781032) q[1];
rx(pi*0.002812287702) q[2];
rx(pi*-0.013202210199) q[3];
rx(pi*0.00234403851) q[4];
rx(pi*-0.002642650586) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
