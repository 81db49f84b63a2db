// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*-0.000498183111) q[0];
rz(pi*0.002257731481) q[1];
rz(pi*-0.002176521451) q[2];
rz(pi*0.002846016801) q[3];
rz(pi*0.00689258283) q[4];
rz(pi*0.00143736914) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000700956168) q[0];
rz(pi*-0.001479278309) q[1];
rz(pi*0.004804920687) q[2];
rz(pi*0.003651032264) q[3];
rz(pi*-0.004792261714) q[4];
rz(pi*0.00313761815) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002107484513) q[0];
rz(pi*-0.003736535323) q[1];
rz(pi*-0.000223256213) q[2];
rz(pi*-0.002108983657) q[3];
rz(pi*0.003706890701) q[4];
rz(pi*-0.004023182117) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004114368107) q[0];
rz(pi*-0.003027728292) q[1];
rz(pi*-0.000455503359) q[2];
rz(pi*0.001874244374) q[3];
rz(pi*-0.003482746957) q[4];
rz(pi*-0.002321811492) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005016774538) q[0];
rz(pi*-0.000648352298) q[1];
rz(pi*-0.003279933916) q[2];
rz(pi*0.006897448746) q[3];
rz(pi*0.006116535194) q[4];
rz(pi*-0.002993269039) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
