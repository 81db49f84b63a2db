// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.066195404442) q[0];
ry(pi*0.163231465607) q[1];
ry(pi*-0.04276089259) q[2];
ry(pi*-0.004363990473) q[3];
ry(pi*0.015743616868) q[4];
ry(pi*0.034634916928) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.030854309987) q[0];
ry(pi*0.266437122813) q[1];
ry(pi*-0.075211842301) q[2];
ry(pi*-0.493799795858) q[3];
ry(pi*0.005307846726) q[4];
ry(pi*0.018843935781) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002501088097) q[0];
ry(pi*0.407297840586) q[1];
ry(pi*-0.004934146443) q[2];
ry(pi*0.010238644479) q[3];
ry(pi*-0.041839931701) q[4];
ry(pi*-0.006579425771) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.255375707343) q[0];
ry(pi*0.005313045851) q[1];
ry(pi*-0.065180315008) q[2];
ry(pi*-0.020566719376) q[3];
ry(pi*-0.23556760854) q[4];
ry(pi*-0.501591334154) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004633112378) q[0];
ry(pi*0.006127408358) q[1];
ry(pi*-0.009797079271) q[2];
ry(pi*-0.002281062625) q[3];
ry(pi*0.210972495767) q[4];
ry(pi*0.001490981826) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
