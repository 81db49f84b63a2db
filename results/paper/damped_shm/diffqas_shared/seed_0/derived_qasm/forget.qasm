// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
rz(pi*0.004304281754) q[0];
rz(pi*0.003278845651) q[1];
rz(pi*-1.9836665e-05) q[2];
rz(pi*0.002362832203) q[3];
rz(pi*-0.00356301917) q[4];
rz(pi*-0.004965511656) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000189163371) q[0];
rz(pi*-0.000293267097) q[1];
rz(pi*6.3850536e-05) q[2];
rz(pi*0.00111145691) q[3];
rz(pi*-0.004779467857) q[4];
rz(pi*0.000563150765) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001054113782) q[0];
rz(pi*0.001221463421) q[1];
rz(pi*-0.000688323356) q[2];
rz(pi*0.004387380907) q[3];
rz(pi*0.004743574383) q[4];
rz(pi*0.002894511737) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003626575799) q[0];
rz(pi*-0.002805084283) q[1];
rz(pi*-0.00128622734) q[2];
rz(pi*0.004226213641) q[3];
rz(pi*0.000154076183) q[4];
rz(pi*-0.000865901679) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004551015223) q[0];
rz(pi*0.001256461471) q[1];
rz(pi*-0.002411926707) q[2];
rz(pi*0.000486099583) q[3];
rz(pi*0.003350759183) q[4];
rz(pi*-0.00276739996) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
