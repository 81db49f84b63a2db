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
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.083924071125) q[0];
rx(pi*-0.161456033823) q[1];
rx(pi*-0.04222829436) q[2];
rx(pi*-0.093189659107) q[3];
rx(pi*-0.0092291692) q[4];
rx(pi*-0.003084310658) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.31876766064) q[0];
rx(pi*-0.177122040295) q[1];
rx(pi*0.245721102142) q[2];
rx(pi*-0.046494003629) q[3];
rx(pi*-0.006281987634) q[4];
rx(pi*-0.001255948614) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.11144939197) q[0];
rx(pi*0.038932037952) q[1];
rx(pi*-0.048526615751) q[2];
rx(pi*-0.062235644959) q[3];
rx(pi*-0.003623027896) q[4];
rx(pi*0.002288599845) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.221152702997) q[0];
rx(pi*-0.080436529102) q[1];
rx(pi*0.113369927328) q[2];
rx(pi*-0.025076828466) q[3];
rx(pi*-0.010200570918) q[4];
rx(pi*0.000390173963) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.011202562041) q[0];
rx(pi*-0.114399132486) q[1];
rx(pi*-0.048345777006) q[2];
rx(pi*-0.09395758107) q[3];
rx(pi*-0.009821828628) q[4];
rx(pi*0.001169692796) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
