// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
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
rz(pi*0.007810921922) q[0];
rz(pi*0.016093821774) q[1];
rz(pi*-0.003142632884) q[2];
rz(pi*0.016676256669) q[3];
rz(pi*-0.009657737483) q[4];
rz(pi*-0.000542249874) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000744150815) q[0];
rz(pi*-0.00188096873) q[1];
rz(pi*0.000685173954) q[2];
rz(pi*0.002576726513) q[3];
rz(pi*-0.000178624529) q[4];
rz(pi*0.002395573236) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005714406621) q[0];
rz(pi*0.020717989093) q[1];
rz(pi*-0.010484154206) q[2];
rz(pi*0.002342583686) q[3];
rz(pi*-0.008494269898) q[4];
rz(pi*0.003938820388) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000156646027) q[0];
rz(pi*-0.003472751283) q[1];
rz(pi*-0.010177419422) q[2];
rz(pi*0.001570151693) q[3];
rz(pi*0.003105407168) q[4];
rz(pi*-0.000180778306) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.025936758769) q[0];
rz(pi*0.017008400705) q[1];
rz(pi*-0.006743413751) q[2];
rz(pi*0.019195204347) q[3];
rz(pi*0.017370538283) q[4];
rz(pi*-0.006741988423) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
