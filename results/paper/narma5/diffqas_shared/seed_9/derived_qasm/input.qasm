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
rz(pi*-0.001288935552) q[0];
rz(pi*-0.007265246726) q[1];
rz(pi*0.000517247128) q[2];
rz(pi*0.002213141967) q[3];
rz(pi*-0.003748919784) q[4];
rz(pi*0.00064999848) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000389942659) q[0];
rz(pi*0.004550521635) q[1];
rz(pi*0.000364005838) q[2];
rz(pi*0.001253867096) q[3];
rz(pi*0.001592776547) q[4];
rz(pi*-0.004401716004) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002563815855) q[0];
rz(pi*0.000896870169) q[1];
rz(pi*-0.002941145268) q[2];
rz(pi*-0.002187783407) q[3];
rz(pi*0.000456788874) q[4];
rz(pi*-3.7623589e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002012100951) q[0];
rz(pi*-0.006459146851) q[1];
rz(pi*0.000857681513) q[2];
rz(pi*0.000476326913) q[3];
rz(pi*-0.003973306321) q[4];
rz(pi*-3.170961e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002576723549) q[0];
rz(pi*-0.000647320062) q[1];
rz(pi*0.001528819414) q[2];
rz(pi*-0.003218868942) q[3];
rz(pi*-0.002313164662) q[4];
rz(pi*-0.002516917001) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
