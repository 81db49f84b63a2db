// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.01054453379) q[0];
ry(pi*-0.08998173744) q[1];
ry(pi*0.022675227232) q[2];
ry(pi*-0.184213768792) q[3];
ry(pi*-0.141662287904) q[4];
ry(pi*0.083207460958) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.201907886101) q[0];
ry(pi*-0.130588767821) q[1];
ry(pi*-0.047746631864) q[2];
ry(pi*-0.036067015498) q[3];
ry(pi*0.069338984778) q[4];
ry(pi*0.121385552747) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002756282819) q[0];
ry(pi*0.042462716888) q[1];
ry(pi*0.017932388933) q[2];
ry(pi*0.144228209734) q[3];
ry(pi*0.033776433297) q[4];
ry(pi*-0.024486389443) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.021500292399) q[0];
ry(pi*0.129775795069) q[1];
ry(pi*0.008741655555) q[2];
ry(pi*0.003854273377) q[3];
ry(pi*0.015922234615) q[4];
ry(pi*0.089185735811) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.172668681065) q[0];
ry(pi*-0.025829897139) q[1];
ry(pi*0.200300021625) q[2];
ry(pi*0.080575210402) q[3];
ry(pi*0.045907456391) q[4];
ry(pi*0.001611210943) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
