// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.021099474131) q[0];
ry(pi*0.522514859766) q[1];
ry(pi*0.040310742467) q[2];
ry(pi*-0.020964964465) q[3];
ry(pi*-0.236785412297) q[4];
ry(pi*0.095051151274) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003340765881) q[0];
ry(pi*-0.115136878294) q[1];
ry(pi*-0.075093490301) q[2];
ry(pi*-0.468904173734) q[3];
ry(pi*-0.102237022545) q[4];
ry(pi*-0.27060190655) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007845675845) q[0];
ry(pi*0.444287716619) q[1];
ry(pi*-0.074204128524) q[2];
ry(pi*0.012261880506) q[3];
ry(pi*-0.046285858357) q[4];
ry(pi*0.161272946808) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.085469268615) q[0];
ry(pi*0.02364556944) q[1];
ry(pi*0.408114996829) q[2];
ry(pi*-0.443147416537) q[3];
ry(pi*0.002418972267) q[4];
ry(pi*0.420581913448) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.015201724363) q[0];
ry(pi*-0.556363759473) q[1];
ry(pi*0.065951357988) q[2];
ry(pi*-0.856441366359) q[3];
ry(pi*0.392136869686) q[4];
ry(pi*-0.001347610256) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
