// DiffQAS-QLSTM derived circuit, update gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001389230388) q[0];
rz(pi*-0.003723583755) q[1];
rz(pi*0.005536579207) q[2];
rz(pi*-0.00157850578) q[3];
rz(pi*0.001047091419) q[4];
rz(pi*-0.00082305951) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005040336912) q[0];
rz(pi*0.004202786151) q[1];
rz(pi*0.002015993033) q[2];
rz(pi*-0.007013943196) q[3];
rz(pi*0.000165585026) q[4];
rz(pi*0.002176239528) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003195664679) q[0];
rz(pi*-0.001966884298) q[1];
rz(pi*0.005799571728) q[2];
rz(pi*-0.004203063924) q[3];
rz(pi*-0.002105680324) q[4];
rz(pi*0.002976364024) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000156122387) q[0];
rz(pi*0.006373805653) q[1];
rz(pi*0.00060007503) q[2];
rz(pi*-0.002015480768) q[3];
rz(pi*-0.001201808248) q[4];
rz(pi*-0.003473232124) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004066996121) q[0];
rz(pi*0.002006648806) q[1];
rz(pi*0.001849911084) q[2];
rz(pi*0.00412071123) q[3];
rz(pi*-0.002401987655) q[4];
rz(pi*0.005376596256) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
