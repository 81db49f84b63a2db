// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.008712371119) q[0];
ry(pi*0.002763310147) q[1];
ry(pi*-0.00175889066) q[2];
ry(pi*-0.000787207761) q[3];
ry(pi*-0.002226687026) q[4];
ry(pi*0.010540585087) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003223122988) q[0];
ry(pi*0.007656579212) q[1];
ry(pi*-0.00024728694) q[2];
ry(pi*-0.007514688554) q[3];
ry(pi*0.001781508399) q[4];
ry(pi*-0.001639054191) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008604260845) q[0];
ry(pi*-0.002101456812) q[1];
ry(pi*-0.091936480662) q[2];
ry(pi*-0.015635576556) q[3];
ry(pi*0.000560860806) q[4];
ry(pi*-0.205206089587) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.579965516096) q[0];
ry(pi*-0.523529598204) q[1];
ry(pi*-0.526457586465) q[2];
ry(pi*-0.338859307157) q[3];
ry(pi*0.013522957543) q[4];
ry(pi*0.00666887694) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.329472464344) q[0];
ry(pi*-0.11333779698) q[1];
ry(pi*-0.00814618401) q[2];
ry(pi*-0.182932311467) q[3];
ry(pi*-0.510370176294) q[4];
ry(pi*-0.003596716845) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
