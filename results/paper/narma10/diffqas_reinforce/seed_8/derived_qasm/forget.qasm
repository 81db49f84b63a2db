// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*0.030359911972) q[0];
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
rz(pi*-0.000355322138) q[0];
rz(pi*-0.00317480266) q[1];
rz(pi*-0.004349721781) q[2];
rz(pi*-0.000544357887) q[3];
rz(pi*-0.000994122398) q[4];
rz(pi*-0.003588927346) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005446730796) q[0];
rz(pi*-0.001315257127) q[1];
rz(pi*0.001020704403) q[2];
rz(pi*0.000442271572) q[3];
rz(pi*-0.004867781254) q[4];
rz(pi*-0.001628548625) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000858546478) q[0];
rz(pi*-0.003327752355) q[1];
rz(pi*-0.000521424653) q[2];
rz(pi*-0.002292467025) q[3];
rz(pi*0.002698128679) q[4];
rz(pi*-0.00232906086) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004928900479) q[0];
rz(pi*0.003010391351) q[1];
rz(pi*0.001039952478) q[2];
rz(pi*0.0006784118) q[3];
rz(pi*0.004363707957) q[4];
rz(pi*-0.001246186542) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001264776426) q[0];
rz(pi*-0.000846793973) q[1];
rz(pi*0.004843495544) q[2];
rz(pi*-0.00099874997) q[3];
rz(pi*-0.000842282238) q[4];
rz(pi*-0.008449558839) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
