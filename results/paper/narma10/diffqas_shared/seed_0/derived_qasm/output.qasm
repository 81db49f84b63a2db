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
rz(pi*-0.049391782532) q[0];
rz(pi*-0.025747740398) q[1];
rz(pi*-0.157537848374) q[2];
rz(pi*-0.054252088227) q[3];
rz(pi*-0.01386570853) q[4];
rz(pi*-0.04224418878) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.092743856454) q[0];
rz(pi*0.001460855623) q[1];
rz(pi*0.013224447445) q[2];
rz(pi*-0.062334891402) q[3];
rz(pi*-0.019625902321) q[4];
rz(pi*-0.006372243366) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.155772140123) q[0];
rz(pi*-0.04980403188) q[1];
rz(pi*-0.042652790617) q[2];
rz(pi*-0.088660883205) q[3];
rz(pi*-0.016542355316) q[4];
rz(pi*0.06964083645) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.146757533134) q[0];
rz(pi*-0.038872053239) q[1];
rz(pi*0.022533529266) q[2];
rz(pi*0.005867566499) q[3];
rz(pi*-0.015400344129) q[4];
rz(pi*0.045782312147) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.042738666016) q[0];
rz(pi*-0.054252045539) q[1];
rz(pi*-0.048592109676) q[2];
rz(pi*-0.059718331309) q[3];
rz(pi*0.020738742908) q[4];
rz(pi*0.003707854754) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
