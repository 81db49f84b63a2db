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
ry(pi*0.331665600141) q[0];
ry(pi*-0.140667907225) q[1];
ry(pi*0.018807389526) q[2];
ry(pi*0.174169102871) q[3];
ry(pi*-0.297465476929) q[4];
ry(pi*0.001426746773) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.12655563598) q[0];
ry(pi*-0.017309178045) q[1];
ry(pi*-0.150281180295) q[2];
ry(pi*-0.018581618572) q[3];
ry(pi*-0.023997516281) q[4];
ry(pi*-0.001880586163) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.057077173048) q[0];
ry(pi*-0.036844919498) q[1];
ry(pi*-0.045059706592) q[2];
ry(pi*-0.017716228861) q[3];
ry(pi*-0.074807348064) q[4];
ry(pi*0.00065971186) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.025346955333) q[0];
ry(pi*-0.360565382721) q[1];
ry(pi*0.088410594717) q[2];
ry(pi*-0.095333655487) q[3];
ry(pi*-0.061863774361) q[4];
ry(pi*-0.000431796763) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.00657310251) q[0];
ry(pi*-0.065147131673) q[1];
ry(pi*-0.009973417324) q[2];
ry(pi*0.288192318821) q[3];
ry(pi*0.131424498385) q[4];
ry(pi*-0.001091569691) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
