// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000771265984) q[0];
rz(pi*-0.006221116537) q[1];
rz(pi*-0.002112510661) q[2];
rz(pi*-0.002833698151) q[3];
rz(pi*-0.000145867339) q[4];
rz(pi*-0.001942983231) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001541809521) q[0];
rz(pi*-0.001579141515) q[1];
rz(pi*-0.000796586746) q[2];
rz(pi*0.004030380793) q[3];
rz(pi*-0.000683805915) q[4];
rz(pi*-0.001505087175) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000196640357) q[0];
rz(pi*-0.004054759291) q[1];
rz(pi*-0.005007548447) q[2];
rz(pi*-2.828864e-05) q[3];
rz(pi*-0.001816060589) q[4];
rz(pi*-0.004493342517) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002988568541) q[0];
rz(pi*0.002215993363) q[1];
rz(pi*0.000743483433) q[2];
rz(pi*-0.001670511896) q[3];
rz(pi*-0.000612923952) q[4];
rz(pi*-0.001812778896) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002747655555) q[0];
rz(pi*-0.004564265612) q[1];
rz(pi*0.000871124298) q[2];
rz(pi*6.1135316e-05) q[3];
rz(pi*-0.00359647346) q[4];
rz(pi*0.001971863014) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
