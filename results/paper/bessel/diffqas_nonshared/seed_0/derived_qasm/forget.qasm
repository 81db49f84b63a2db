// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*-0.162428500979) q[0];
rx(pi*-0.005651160374) q[1];
rx(pi*0.002878961198) q[2];
rx(pi*-0.007219648098) q[3];
rx(pi*-0.000805141825) q[4];
rx(pi*0.003184525008) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.022978238614) q[0];
rx(pi*-0.000787637093) q[1];
rx(pi*0.001227322888) q[2];
rx(pi*-0.012130080385) q[3];
rx(pi*-0.002026722121) q[4];
rx(pi*-0.001679626078) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.01251608568) q[0];
rx(pi*0.002633217573) q[1];
rx(pi*-0.005674223527) q[2];
rx(pi*-0.007274260559) q[3];
rx(pi*0.001465190155) q[4];
rx(pi*0.001978608864) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.024794267334) q[0];
rx(pi*0.003069264676) q[1];
rx(pi*0.008674368705) q[2];
rx(pi*-0.019663698406) q[3];
rx(pi*-0.004492594576) q[4];
rx(pi*-0.008515878671) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.110920972488) q[0];
rx(pi*-0.003159340167) q[1];
rx(pi*0.007180380439) q[2];
rx(pi*-0.010953736826) q[3];
rx(pi*0.001446317607) q[4];
rx(pi*-0.002086475012) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
