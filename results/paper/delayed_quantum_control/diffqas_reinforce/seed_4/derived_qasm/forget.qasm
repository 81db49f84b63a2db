// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
rx(pi*-4.849672e-06) q[0];
rx(pi*-0.01790481323) q[1];
rx(pi*-0.317699798509) q[2];
rx(pi*-0.442178326531) q[3];
rx(pi*0.049590275419) q[4];
rx(pi*0.160444482807) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.43276947533) q[0];
rx(pi*-0.245163910488) q[1];
rx(pi*0.244675646826) q[2];
rx(pi*0.261534128436) q[3];
rx(pi*-0.274749519951) q[4];
rx(pi*0.029850122769) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.437963682412) q[0];
rx(pi*0.168836717268) q[1];
rx(pi*-0.276354785161) q[2];
rx(pi*0.23964443462) q[3];
rx(pi*-0.012516232719) q[4];
rx(pi*0.454506021127) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.492401011062) q[0];
rx(pi*-0.224225624078) q[1];
rx(pi*-0.380460433626) q[2];
rx(pi*0.344863916184) q[3];
rx(pi*-0.689881435733) q[4];
rx(pi*0.162508736729) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.342476006159) q[0];
rx(pi*-0.239211780081) q[1];
rx(pi*0.047746100627) q[2];
rx(pi*-0.097444734151) q[3];
rx(pi*-0.549479422081) q[4];
rx(pi*-0.006742062536) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
