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
ry(pi*0.126513829531) q[0];
ry(pi*-0.019568254813) q[1];
ry(pi*0.010606674282) q[2];
ry(pi*-3.02097e-07) q[3];
ry(pi*-4.327e-09) q[4];
ry(pi*-1.3838e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.164611543274) q[0];
ry(pi*0.198179873988) q[1];
ry(pi*0.000127803384) q[2];
ry(pi*1.384291e-06) q[3];
ry(pi*3.621e-09) q[4];
ry(pi*-4.257e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.139531183506) q[0];
ry(pi*0.027849724001) q[1];
ry(pi*-0.046877708478) q[2];
ry(pi*7.006708e-06) q[3];
ry(pi*-1.27462e-07) q[4];
ry(pi*2.01975e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.326432460981) q[0];
ry(pi*0.320827531857) q[1];
ry(pi*0.422630514854) q[2];
ry(pi*-3.7175351e-05) q[3];
ry(pi*-0.050100590156) q[4];
ry(pi*-0.015036801382) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.078763806288) q[0];
ry(pi*-0.050192223785) q[1];
ry(pi*0.078837923327) q[2];
ry(pi*0.062027679929) q[3];
ry(pi*-0.054646574341) q[4];
ry(pi*-0.000470192713) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
