// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
rz(pi*-0.001200499943) q[0];
rz(pi*0.001173330228) q[1];
rz(pi*-0.004254266923) q[2];
rz(pi*-0.005927510895) q[3];
rz(pi*-0.000971743005) q[4];
rz(pi*0.001663291432) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001202289533) q[0];
rz(pi*-0.002456350062) q[1];
rz(pi*0.002268940373) q[2];
rz(pi*-0.003435394536) q[3];
rz(pi*-0.000139864233) q[4];
rz(pi*0.003411134024) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002189891605) q[0];
rz(pi*-0.002304875943) q[1];
rz(pi*0.009073098192) q[2];
rz(pi*-0.004677699817) q[3];
rz(pi*0.005442437619) q[4];
rz(pi*-0.003080893785) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004954855197) q[0];
rz(pi*-0.001476950294) q[1];
rz(pi*0.001271721637) q[2];
rz(pi*0.002124748083) q[3];
rz(pi*-0.003692991385) q[4];
rz(pi*-0.004515016806) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000518196988) q[0];
rz(pi*-0.00347477781) q[1];
rz(pi*0.005693481459) q[2];
rz(pi*0.00033985353) q[3];
rz(pi*0.002916937228) q[4];
rz(pi*-0.002506125065) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
