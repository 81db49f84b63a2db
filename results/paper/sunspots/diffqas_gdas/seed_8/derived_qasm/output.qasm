// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.000994368673) q[0];
ry(pi*-3.2037606e-05) q[1];
ry(pi*-1.0341913e-05) q[2];
ry(pi*5.2234087e-05) q[3];
ry(pi*-0.00020007359) q[4];
ry(pi*-2.3886354e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000117144081) q[0];
ry(pi*0.000367530545) q[1];
ry(pi*-0.002676440753) q[2];
ry(pi*3.684438e-06) q[3];
ry(pi*-0.004893111058) q[4];
ry(pi*-0.00121768488) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*4.921603e-06) q[0];
ry(pi*-2.154178e-06) q[1];
ry(pi*7.8302e-08) q[2];
ry(pi*-1.169491e-06) q[3];
ry(pi*-5.519182e-05) q[4];
ry(pi*-5.677136e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.017031641135) q[0];
ry(pi*0.000231346311) q[1];
ry(pi*0.000108061573) q[2];
ry(pi*7.045535e-06) q[3];
ry(pi*-4.758879e-06) q[4];
ry(pi*9.26739e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*8.0635632e-05) q[0];
ry(pi*0.001398652432) q[1];
ry(pi*0.591641534754) q[2];
ry(pi*-0.001670377753) q[3];
ry(pi*-0.003755733076) q[4];
ry(pi*-0.001026024036) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
