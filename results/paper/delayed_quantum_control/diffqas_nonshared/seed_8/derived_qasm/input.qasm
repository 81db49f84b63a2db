// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.692118398578) q[0];
ry(pi*-8.318776e-06) q[1];
ry(pi*-8.9026367e-05) q[2];
ry(pi*0.00024736472) q[3];
ry(pi*0.469198403105) q[4];
ry(pi*-0.012296825936) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-4.1100183e-05) q[0];
ry(pi*0.00027547796) q[1];
ry(pi*0.000741107393) q[2];
ry(pi*-0.000871402886) q[3];
ry(pi*-0.117602965526) q[4];
ry(pi*0.102325833977) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000687242577) q[0];
ry(pi*-0.000938073122) q[1];
ry(pi*6.08285e-07) q[2];
ry(pi*0.001857802413) q[3];
ry(pi*-0.391680005921) q[4];
ry(pi*-0.342428726072) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.769859156365) q[0];
ry(pi*0.2463656633) q[1];
ry(pi*0.001488818192) q[2];
ry(pi*-0.000137369039) q[3];
ry(pi*-0.013825346381) q[4];
ry(pi*-0.069911093755) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.104357302991) q[0];
ry(pi*8.40603e-06) q[1];
ry(pi*-1.8442873e-05) q[2];
ry(pi*-0.001375328107) q[3];
ry(pi*-0.112552372657) q[4];
ry(pi*3.1093918e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
