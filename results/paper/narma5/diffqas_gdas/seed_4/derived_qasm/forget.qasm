// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.000489062889) q[0];
ry(pi*-0.000379378766) q[1];
ry(pi*0.00530211577) q[2];
ry(pi*0.000644065939) q[3];
ry(pi*-0.010951126887) q[4];
ry(pi*-0.007303922672) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000370046583) q[0];
ry(pi*0.015553922593) q[1];
ry(pi*-0.001369095856) q[2];
ry(pi*0.000174709991) q[3];
ry(pi*5.0824244e-05) q[4];
ry(pi*0.005043817819) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000255015981) q[0];
ry(pi*0.001637962665) q[1];
ry(pi*-0.001347542221) q[2];
ry(pi*0.022431712015) q[3];
ry(pi*-0.006226472781) q[4];
ry(pi*0.003623713879) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000236403845) q[0];
ry(pi*-0.005215242523) q[1];
ry(pi*-0.001988479732) q[2];
ry(pi*-0.001940228477) q[3];
ry(pi*0.001344962965) q[4];
ry(pi*-0.015696783826) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.278067777632) q[0];
ry(pi*0.041761759238) q[1];
ry(pi*-0.000202838164) q[2];
ry(pi*-0.002839745122) q[3];
ry(pi*0.00246968064) q[4];
ry(pi*-0.006741994352) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
