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
rz(pi*3.915304e-06) q[0];
rz(pi*0.00095093657) q[1];
rz(pi*-0.000872607878) q[2];
rz(pi*-0.002834841852) q[3];
rz(pi*-0.001447262094) q[4];
rz(pi*-0.003156509078) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000191442695) q[0];
rz(pi*0.004266037734) q[1];
rz(pi*-0.001566742083) q[2];
rz(pi*-0.001975032945) q[3];
rz(pi*0.001559215683) q[4];
rz(pi*0.001136006608) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000335543975) q[0];
rz(pi*-0.002961771906) q[1];
rz(pi*-9.3111409e-05) q[2];
rz(pi*0.002213218747) q[3];
rz(pi*-0.004278767855) q[4];
rz(pi*-0.001456636262) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006051780021) q[0];
rz(pi*-0.004104726097) q[1];
rz(pi*-0.005862424884) q[2];
rz(pi*-0.000748318297) q[3];
rz(pi*-0.004034407462) q[4];
rz(pi*0.000863461235) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000498954212) q[0];
rz(pi*-0.000595019682) q[1];
rz(pi*-0.008011095082) q[2];
rz(pi*-0.001714712766) q[3];
rz(pi*-0.000154383332) q[4];
rz(pi*0.000360673712) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
