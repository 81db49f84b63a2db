// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
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
rz(pi*0.00264649909) q[0];
rz(pi*-0.003888360586) q[1];
rz(pi*-0.007010133824) q[2];
rz(pi*-0.00777530296) q[3];
rz(pi*0.000918933325) q[4];
rz(pi*-0.000368315728) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004222363655) q[0];
rz(pi*0.001431698215) q[1];
rz(pi*0.004892269142) q[2];
rz(pi*0.002719261652) q[3];
rz(pi*-0.003085006128) q[4];
rz(pi*-0.00066485466) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002767584055) q[0];
rz(pi*-0.001084071231) q[1];
rz(pi*-0.001724876674) q[2];
rz(pi*-0.000824228854) q[3];
rz(pi*0.004238964216) q[4];
rz(pi*-0.001846775096) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003894778415) q[0];
rz(pi*-0.002101849904) q[1];
rz(pi*-0.001610813108) q[2];
rz(pi*-0.001944467849) q[3];
rz(pi*-0.000626845651) q[4];
rz(pi*-0.001456890022) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003462284848) q[0];
rz(pi*0.002826426253) q[1];
rz(pi*-0.002505341254) q[2];
rz(pi*0.003062644077) q[3];
rz(pi*0.004390596788) q[4];
rz(pi*-4.9670941e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
