// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.026303643375) q[0];
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
rx(pi*-0.008948363641) q[0];
rx(pi*-0.203550243032) q[1];
rx(pi*0.002021236626) q[2];
rx(pi*0.003605143413) q[3];
rx(pi*0.000244925926) q[4];
rx(pi*-0.002392939137) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00321481915) q[0];
rx(pi*-0.194062294447) q[1];
rx(pi*0.009527408343) q[2];
rx(pi*0.008369117946) q[3];
rx(pi*0.002470237224) q[4];
rx(pi*-0.002778947841) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.018041162067) q[0];
rx(pi*-0.199969649169) q[1];
rx(pi*-0.001223218993) q[2];
rx(pi*0.009065280827) q[3];
rx(pi*-0.003512265884) q[4];
rx(pi*0.00020756034) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001031633595) q[0];
rx(pi*-0.200060433767) q[1];
rx(pi*0.006271874566) q[2];
rx(pi*0.008026889895) q[3];
rx(pi*0.005879815779) q[4];
rx(pi*0.001946745023) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000652933846) q[0];
rx(pi*-0.202099624689) q[1];
rx(pi*-0.000697318143) q[2];
rx(pi*0.013807444408) q[3];
rx(pi*0.001546105366) q[4];
rx(pi*0.000202111827) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
