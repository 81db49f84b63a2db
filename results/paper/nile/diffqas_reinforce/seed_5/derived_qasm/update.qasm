// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*-0.058798048695) q[0];
rx(pi*0.122175151074) q[1];
rx(pi*-0.025538162684) q[2];
rx(pi*5.082983e-05) q[3];
rx(pi*0.004290421273) q[4];
rx(pi*-0.001278210169) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.118340284446) q[0];
rx(pi*0.07070452932) q[1];
rx(pi*-0.022000677275) q[2];
rx(pi*-0.000884235875) q[3];
rx(pi*-0.000497728877) q[4];
rx(pi*0.000780919555) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.156221500166) q[0];
rx(pi*0.11646806319) q[1];
rx(pi*-0.020764986961) q[2];
rx(pi*-0.003846945153) q[3];
rx(pi*-0.003819454531) q[4];
rx(pi*-0.004082768403) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.122522712839) q[0];
rx(pi*0.069417863976) q[1];
rx(pi*-0.027020804654) q[2];
rx(pi*-0.003330290257) q[3];
rx(pi*0.001342910499) q[4];
rx(pi*-0.003358131578) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.065537439038) q[0];
rx(pi*0.121461880111) q[1];
rx(pi*-0.027416725581) q[2];
rx(pi*-0.000743259392) q[3];
rx(pi*-2.1173311e-05) q[4];
rx(pi*-0.001419170125) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
