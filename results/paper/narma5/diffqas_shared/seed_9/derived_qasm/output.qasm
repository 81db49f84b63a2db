// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.004900371692) q[0];
rz(pi*0.001249719624) q[1];
rz(pi*-0.004269019717) q[2];
rz(pi*0.005568215078) q[3];
rz(pi*-0.003392862675) q[4];
rz(pi*0.00163835798) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000132987539) q[0];
rz(pi*0.00043287669) q[1];
rz(pi*0.000239890255) q[2];
rz(pi*-0.004463326741) q[3];
rz(pi*0.001869574261) q[4];
rz(pi*-0.005157481771) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005480202873) q[0];
rz(pi*-0.000351338083) q[1];
rz(pi*-0.005091016679) q[2];
rz(pi*0.000561986016) q[3];
rz(pi*0.004783767852) q[4];
rz(pi*-0.001508868829) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00323301105) q[0];
rz(pi*0.0023658714) q[1];
rz(pi*-0.003278138027) q[2];
rz(pi*-0.002346620138) q[3];
rz(pi*-0.001577495332) q[4];
rz(pi*-0.004604592484) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000583126326) q[0];
rz(pi*0.001111362417) q[1];
rz(pi*-0.005997947814) q[2];
rz(pi*-0.006943158839) q[3];
rz(pi*-0.002964158025) q[4];
rz(pi*0.002370874869) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
