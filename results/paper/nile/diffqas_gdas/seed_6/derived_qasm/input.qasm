// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.081921421714) q[0];
rx(pi*-0.093554040213) q[1];
rx(pi*-0.010766837474) q[2];
rx(pi*-0.000488594759) q[3];
rx(pi*0.003456313176) q[4];
rx(pi*-0.001672540498) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.143977266687) q[0];
rx(pi*-0.105478981321) q[1];
rx(pi*-0.01171643654) q[2];
rx(pi*0.000114343739) q[3];
rx(pi*-0.002744794227) q[4];
rx(pi*0.006372044745) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.073663277148) q[0];
rx(pi*-0.094589544323) q[1];
rx(pi*-0.012361026157) q[2];
rx(pi*0.005562314554) q[3];
rx(pi*-0.000471629009) q[4];
rx(pi*0.002239071191) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.144642460707) q[0];
rx(pi*-0.107971317349) q[1];
rx(pi*-0.011098776367) q[2];
rx(pi*0.003248788372) q[3];
rx(pi*-0.000763786867) q[4];
rx(pi*-4.9360855e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.076165056862) q[0];
rx(pi*-0.099064115084) q[1];
rx(pi*-0.014863353708) q[2];
rx(pi*0.00199182442) q[3];
rx(pi*-0.001494653053) q[4];
rx(pi*0.000929519747) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
