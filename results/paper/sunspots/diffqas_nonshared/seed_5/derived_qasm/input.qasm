// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
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
ry(pi*-0.028083639007) q[0];
ry(pi*0.071820036764) q[1];
ry(pi*-0.000503051881) q[2];
ry(pi*0.006404573521) q[3];
ry(pi*0.013566772732) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.028225076098) q[0];
ry(pi*0.006338555474) q[1];
ry(pi*0.033295718417) q[2];
ry(pi*-0.00846900887) q[3];
ry(pi*-1.9e-11) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00159250159) q[0];
ry(pi*-0.000490621841) q[1];
ry(pi*-0.001008619208) q[2];
ry(pi*-1.3e-11) q[3];
ry(pi*-0.000420276414) q[4];
ry(pi*-8.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.040513214887) q[0];
ry(pi*0.039508007883) q[1];
ry(0) q[2];
ry(pi*1.5e-11) q[3];
ry(pi*1.0e-12) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005418687889) q[0];
ry(pi*4.0e-12) q[1];
ry(pi*0.000953875642) q[2];
ry(pi*0.000636155934) q[3];
ry(pi*-0.003588910152) q[4];
ry(pi*-0.002639971575) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
