// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.165482354448) q[0];
rx(pi*0.075908445706) q[1];
rx(pi*-0.000271061831) q[2];
rx(pi*-0.004452507828) q[3];
rx(pi*-0.000521354172) q[4];
rx(pi*-0.004617042757) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002669141285) q[0];
rx(pi*0.074334347977) q[1];
rx(pi*-0.001803646483) q[2];
rx(pi*0.001074108983) q[3];
rx(pi*-0.002735916464) q[4];
rx(pi*0.000631786866) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.168250022991) q[0];
rx(pi*0.071759670224) q[1];
rx(pi*0.006729675703) q[2];
rx(pi*0.000106381771) q[3];
rx(pi*0.000504714516) q[4];
rx(pi*-0.000881623565) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000774809886) q[0];
rx(pi*0.073160807641) q[1];
rx(pi*0.00203535235) q[2];
rx(pi*0.003887122318) q[3];
rx(pi*-0.001878097768) q[4];
rx(pi*0.001657990476) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.172245721601) q[0];
rx(pi*0.070201884316) q[1];
rx(pi*-0.002654732076) q[2];
rx(pi*-0.001404273998) q[3];
rx(pi*-0.001053915235) q[4];
rx(pi*-0.001310564336) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
