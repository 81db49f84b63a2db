// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.033061035014) q[0];
ry(pi*0.004521846699) q[1];
ry(pi*-0.003290229596) q[2];
ry(pi*-0.0012936402) q[3];
ry(pi*-0.030870126144) q[4];
ry(pi*-0.053193570174) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007856250188) q[0];
ry(pi*-0.006316558352) q[1];
ry(pi*0.025358144511) q[2];
ry(pi*-0.0121757051) q[3];
ry(pi*-0.004071710256) q[4];
ry(pi*0.000818521466) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004735842395) q[0];
ry(pi*-0.074466251263) q[1];
ry(pi*-0.459538049162) q[2];
ry(pi*-0.009651943087) q[3];
ry(pi*-0.231540358251) q[4];
ry(pi*-0.004465671654) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.303940306535) q[0];
ry(pi*0.00540481051) q[1];
ry(pi*0.013204011424) q[2];
ry(pi*-0.00107118755) q[3];
ry(pi*4.8172992e-05) q[4];
ry(pi*0.175202263847) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.095610429931) q[0];
ry(pi*-0.259118878681) q[1];
ry(pi*-0.050105617935) q[2];
ry(pi*-0.495377379829) q[3];
ry(pi*-0.239999073219) q[4];
ry(pi*-0.001951403426) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
