// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
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
ry(pi*0.090643004102) q[0];
ry(pi*0.004493384909) q[1];
ry(pi*0.011225673219) q[2];
ry(pi*-0.027100236434) q[3];
ry(pi*0.022851016854) q[4];
ry(pi*-4.6824278e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006882233789) q[0];
ry(pi*0.001615599725) q[1];
ry(pi*0.006994165292) q[2];
ry(pi*-0.017507656702) q[3];
ry(pi*1.0039769e-05) q[4];
ry(pi*-7.3473355e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.010509188746) q[0];
ry(pi*-0.001255561155) q[1];
ry(pi*-0.001520699523) q[2];
ry(pi*-1.909068e-05) q[3];
ry(pi*-0.001569068764) q[4];
ry(pi*4.9876028e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.032659970101) q[0];
ry(pi*0.006679702671) q[1];
ry(pi*-1.1256148e-05) q[2];
ry(pi*-0.000159751851) q[3];
ry(pi*-0.000181446577) q[4];
ry(pi*0.000257619046) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*7.4862757e-05) q[0];
ry(pi*-1.503285e-06) q[1];
ry(pi*0.011240875133) q[2];
ry(pi*-0.000714815612) q[3];
ry(pi*0.002397865233) q[4];
ry(pi*-0.002106262846) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
