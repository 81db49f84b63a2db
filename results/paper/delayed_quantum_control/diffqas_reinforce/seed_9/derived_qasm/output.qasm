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
ry(pi*-0.001125827507) q[0];
ry(pi*0.00011242297) q[1];
ry(pi*-0.00661451231) q[2];
ry(pi*0.008309186001) q[3];
ry(pi*-0.001394973053) q[4];
ry(pi*-1.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.014253765254) q[0];
ry(pi*-4.9913413e-05) q[1];
ry(pi*-0.002775311596) q[2];
ry(pi*0.005058564387) q[3];
ry(pi*-1.0e-12) q[4];
ry(pi*-1.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*3.453745e-06) q[0];
ry(pi*-3.232279e-05) q[1];
ry(pi*0.000346050022) q[2];
ry(0) q[3];
ry(pi*-0.000157845572) q[4];
ry(pi*3.3e-10) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.018646995103) q[0];
ry(pi*0.000375429211) q[1];
ry(pi*2.0e-12) q[2];
ry(pi*7.0e-12) q[3];
ry(pi*4.58e-09) q[4];
ry(pi*2.450793e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.455840032963) q[0];
ry(pi*1.0e-12) q[1];
ry(pi*-0.000495698644) q[2];
ry(pi*-1.3973022e-05) q[3];
ry(pi*-0.000707145137) q[4];
ry(pi*-0.001829889499) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
