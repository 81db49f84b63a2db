// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002056866853) q[0];
rz(pi*0.001552647258) q[1];
rz(pi*-0.000656657618) q[2];
rz(pi*0.000600358102) q[3];
rz(pi*0.008345074732) q[4];
rz(pi*-0.003587041336) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000999384668) q[0];
rz(pi*-0.000758066288) q[1];
rz(pi*-0.002195426756) q[2];
rz(pi*-0.00427153657) q[3];
rz(pi*0.005071439768) q[4];
rz(pi*0.00070050638) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005596045728) q[0];
rz(pi*-0.002237174657) q[1];
rz(pi*0.001290316709) q[2];
rz(pi*0.001283999969) q[3];
rz(pi*-0.004584853712) q[4];
rz(pi*-0.000291044877) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00083038514) q[0];
rz(pi*0.001249482761) q[1];
rz(pi*0.001255946835) q[2];
rz(pi*-0.005802973779) q[3];
rz(pi*0.005878978606) q[4];
rz(pi*0.000671985004) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005748499463) q[0];
rz(pi*0.009113385636) q[1];
rz(pi*-0.000511175256) q[2];
rz(pi*-0.003927306598) q[3];
rz(pi*0.002750515993) q[4];
rz(pi*-0.000575612599) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
