// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.006842207813) q[0];
rz(pi*0.00315249397) q[1];
rz(pi*-0.000210345147) q[2];
rz(pi*0.001221254499) q[3];
rz(pi*0.002255340915) q[4];
rz(pi*-0.000388963154) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002584667498) q[0];
rz(pi*0.005154363719) q[1];
rz(pi*-0.000140755017) q[2];
rz(pi*0.004564373223) q[3];
rz(pi*-0.001068957733) q[4];
rz(pi*0.000745793143) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.007112561167) q[0];
rz(pi*0.001969796022) q[1];
rz(pi*0.004124089269) q[2];
rz(pi*0.006923003852) q[3];
rz(pi*0.00067195284) q[4];
rz(pi*-0.002070596156) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004561064258) q[0];
rz(pi*-0.004231310491) q[1];
rz(pi*0.001329857249) q[2];
rz(pi*-0.002447469185) q[3];
rz(pi*-0.002717400544) q[4];
rz(pi*0.000120514977) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004948727) q[0];
rz(pi*-0.007243384784) q[1];
rz(pi*-0.002909467894) q[2];
rz(pi*0.00098630066) q[3];
rz(pi*-0.006142290699) q[4];
rz(pi*0.000536956552) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
