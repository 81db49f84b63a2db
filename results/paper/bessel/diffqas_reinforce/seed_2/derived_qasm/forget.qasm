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
rz(pi*0.000754969135) q[0];
rz(pi*0.000586045572) q[1];
rz(pi*-0.002252474696) q[2];
rz(pi*-0.001401593504) q[3];
rz(pi*-0.004457615351) q[4];
rz(pi*-0.002711862577) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*4.7573067e-05) q[0];
rz(pi*0.001039930393) q[1];
rz(pi*-0.002859597731) q[2];
rz(pi*0.009728616111) q[3];
rz(pi*-0.001815446643) q[4];
rz(pi*0.000405285053) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00073397364) q[0];
rz(pi*-0.001272524718) q[1];
rz(pi*0.004141416427) q[2];
rz(pi*-0.001524106465) q[3];
rz(pi*0.004247491281) q[4];
rz(pi*0.003634512633) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003328457015) q[0];
rz(pi*0.003296070831) q[1];
rz(pi*-0.002070217294) q[2];
rz(pi*0.00871044242) q[3];
rz(pi*-0.001228120929) q[4];
rz(pi*-0.002995061371) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006083139008) q[0];
rz(pi*-0.004115874069) q[1];
rz(pi*-0.001848240741) q[2];
rz(pi*-0.003176804878) q[3];
rz(pi*-0.003911033316) q[4];
rz(pi*-0.002213320281) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
