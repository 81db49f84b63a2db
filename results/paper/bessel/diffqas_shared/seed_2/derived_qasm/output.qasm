// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.241967647575) q[0];
ry(pi*-0.024865367706) q[1];
ry(pi*-0.001191806868) q[2];
ry(pi*1.5037206e-05) q[3];
ry(pi*0.127305230269) q[4];
ry(pi*-0.172162412266) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.010983899938) q[0];
ry(pi*0.007186541839) q[1];
ry(pi*-0.045793781173) q[2];
ry(pi*-0.020483711233) q[3];
ry(pi*-0.01641777314) q[4];
ry(pi*-0.02195463516) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.073775159441) q[0];
ry(pi*0.043424080243) q[1];
ry(pi*-0.344721392903) q[2];
ry(pi*-0.012458397855) q[3];
ry(pi*-0.107074172002) q[4];
ry(pi*-0.015864144805) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.200269418583) q[0];
ry(pi*-0.078048808805) q[1];
ry(pi*-0.020485708115) q[2];
ry(pi*-0.024400834209) q[3];
ry(pi*-0.006789180762) q[4];
ry(pi*-0.018669126813) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.120017902229) q[0];
ry(pi*-0.178823649117) q[1];
ry(pi*-0.048461605631) q[2];
ry(pi*-0.480668187996) q[3];
ry(pi*-0.24039190396) q[4];
ry(pi*-0.000682295507) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
