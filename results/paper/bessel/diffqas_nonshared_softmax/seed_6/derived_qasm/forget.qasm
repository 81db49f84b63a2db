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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.121679582904) q[0];
ry(pi*-0.000779367051) q[1];
ry(pi*-0.007747315192) q[2];
ry(pi*0.136110330692) q[3];
ry(pi*-0.051432823297) q[4];
ry(pi*0.031262209833) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.219107706414) q[0];
ry(pi*-0.248431283259) q[1];
ry(pi*0.148155682343) q[2];
ry(pi*-0.031252135304) q[3];
ry(pi*-0.024495678974) q[4];
ry(pi*-0.021243135777) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.011121208084) q[0];
ry(pi*-0.033867471655) q[1];
ry(pi*-0.149110903272) q[2];
ry(pi*0.066418941355) q[3];
ry(pi*0.164457389699) q[4];
ry(pi*0.037958731252) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.132840870918) q[0];
ry(pi*-0.248833657292) q[1];
ry(pi*-0.066451550765) q[2];
ry(pi*0.052710647341) q[3];
ry(pi*0.005448730642) q[4];
ry(pi*0.052386237071) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.093435602835) q[0];
ry(pi*0.048552864547) q[1];
ry(pi*0.167815224532) q[2];
ry(pi*0.294389501237) q[3];
ry(pi*-0.239623640488) q[4];
ry(pi*0.001256018872) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
