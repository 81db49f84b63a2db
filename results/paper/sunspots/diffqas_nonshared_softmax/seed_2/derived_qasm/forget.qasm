// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.274798374776) q[0];
ry(pi*0.477191963218) q[1];
ry(pi*0.037229788799) q[2];
ry(pi*0.00455383238) q[3];
ry(pi*-0.428575777126) q[4];
ry(pi*-0.000296124626) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.063336334687) q[0];
ry(pi*-0.037425533009) q[1];
ry(pi*0.092708481766) q[2];
ry(pi*-0.018111120516) q[3];
ry(pi*-0.021413741096) q[4];
ry(pi*-0.003270121448) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.183449337814) q[0];
ry(pi*0.004640984289) q[1];
ry(pi*-0.010650931773) q[2];
ry(pi*0.503229934481) q[3];
ry(pi*0.011140589932) q[4];
ry(pi*0.0007614653) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000650395426) q[0];
ry(pi*0.018578560402) q[1];
ry(pi*-0.007171472141) q[2];
ry(pi*0.010885270109) q[3];
ry(pi*-0.073337230479) q[4];
ry(pi*-0.034094556472) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.995712642195) q[0];
ry(pi*0.013696760955) q[1];
ry(pi*0.372114777262) q[2];
ry(pi*-0.010457607774) q[3];
ry(pi*-0.005509057458) q[4];
ry(pi*0.002707695094) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
