// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.519821564395) q[0];
ry(pi*-0.038841056512) q[1];
ry(pi*0.230049384873) q[2];
ry(pi*0.200316603806) q[3];
ry(pi*0.120059547411) q[4];
ry(pi*0.502068005467) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.069112521318) q[0];
ry(pi*-0.231565876597) q[1];
ry(pi*-0.164220021653) q[2];
ry(pi*-0.278841315528) q[3];
ry(pi*-0.031286646732) q[4];
ry(pi*0.094698495326) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008175725171) q[0];
ry(pi*0.153561862449) q[1];
ry(pi*0.072643605796) q[2];
ry(pi*0.023224554682) q[3];
ry(pi*0.02565152248) q[4];
ry(pi*-0.004471062879) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000270674631) q[0];
ry(pi*-0.433050955015) q[1];
ry(pi*-0.031088817892) q[2];
ry(pi*0.659828527494) q[3];
ry(pi*0.805702926655) q[4];
ry(pi*-0.225316879607) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.019554359647) q[0];
ry(pi*-0.017183987555) q[1];
ry(pi*-0.017790360129) q[2];
ry(pi*0.365509756661) q[3];
ry(pi*0.00606902447) q[4];
ry(pi*0.006415498859) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
