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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.9209051e-05) q[0];
ry(pi*0.000680977864) q[1];
ry(pi*-0.000962224837) q[2];
ry(pi*-0.001289042718) q[3];
ry(pi*-0.002788887486) q[4];
ry(pi*0.000696453253) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006983871984) q[0];
ry(pi*0.001657813792) q[1];
ry(pi*-0.00460974151) q[2];
ry(pi*0.001492664324) q[3];
ry(pi*0.002308814715) q[4];
ry(pi*-0.007529991261) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004053786049) q[0];
ry(pi*0.000315540732) q[1];
ry(pi*-0.002170702005) q[2];
ry(pi*0.006307718237) q[3];
ry(pi*-0.005615948733) q[4];
ry(pi*-0.002529277154) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002925852048) q[0];
ry(pi*0.001725948783) q[1];
ry(pi*-0.00180480634) q[2];
ry(pi*0.00208612031) q[3];
ry(pi*-0.012359656562) q[4];
ry(pi*0.00338671343) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.051393108593) q[0];
ry(pi*-0.05844371366) q[1];
ry(pi*0.040993732925) q[2];
ry(pi*-0.061663844289) q[3];
ry(pi*-0.05559128911) q[4];
ry(pi*-0.002611529944) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
