// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*1.47561e-07) q[0];
rx(pi*9.767028e-06) q[1];
rx(pi*0.004350562511) q[2];
rx(pi*0.133335262778) q[3];
rx(pi*0.002200122956) q[4];
rx(pi*-0.000822524419) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.16026e-06) q[0];
rx(pi*0.004017375864) q[1];
rx(pi*-0.014453196105) q[2];
rx(pi*0.111906417003) q[3];
rx(pi*0.000685339225) q[4];
rx(pi*0.002176967903) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000156140192) q[0];
rx(pi*-0.00040573006) q[1];
rx(pi*0.000848127179) q[2];
rx(pi*-0.419422640619) q[3];
rx(pi*-0.000952789081) q[4];
rx(pi*0.002976180819) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.131876e-06) q[0];
rx(pi*0.000586784694) q[1];
rx(pi*0.001619789293) q[2];
rx(pi*-0.108073940942) q[3];
rx(pi*-0.000682342272) q[4];
rx(pi*-0.003473419479) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-2.3082784e-05) q[0];
rx(pi*0.000296944475) q[1];
rx(pi*0.000663737047) q[2];
rx(pi*0.139035008208) q[3];
rx(pi*-0.001249328311) q[4];
rx(pi*0.005376637759) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
