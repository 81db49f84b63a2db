// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.11734440492) q[0];
ry(pi*0.004565011478) q[1];
ry(pi*0.517483059405) q[2];
ry(pi*-0.408256192018) q[3];
ry(pi*-0.013382421657) q[4];
ry(pi*-0.002458016699) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.058904628106) q[0];
ry(pi*0.357645097396) q[1];
ry(pi*-0.419082686926) q[2];
ry(pi*-0.323833801675) q[3];
ry(pi*-0.002551763417) q[4];
ry(pi*0.014240758249) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.435028522453) q[0];
ry(pi*-0.20066767553) q[1];
ry(pi*0.272033153718) q[2];
ry(pi*-0.122927771516) q[3];
ry(pi*-0.019721189389) q[4];
ry(pi*0.000911048814) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.49079117342) q[0];
ry(pi*0.190203654966) q[1];
ry(pi*-0.534018264366) q[2];
ry(pi*0.122707526375) q[3];
ry(pi*0.485309073864) q[4];
ry(pi*-0.505246016597) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.241016695515) q[0];
ry(pi*0.355550619887) q[1];
ry(pi*-0.036126096634) q[2];
ry(pi*0.000279962458) q[3];
ry(pi*-0.000532117982) q[4];
ry(pi*-0.001953286174) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
