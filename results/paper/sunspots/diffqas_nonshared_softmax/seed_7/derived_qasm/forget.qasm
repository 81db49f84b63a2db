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
ry(pi*0.508503333812) q[0];
ry(pi*0.025815088909) q[1];
ry(pi*0.245969834864) q[2];
ry(pi*0.151324918578) q[3];
ry(pi*0.238103449079) q[4];
ry(pi*0.372978113173) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.025454504725) q[0];
ry(pi*-0.223395945821) q[1];
ry(pi*-0.138557008803) q[2];
ry(pi*-0.321143883452) q[3];
ry(pi*-0.07119631717) q[4];
ry(pi*0.0473372474) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.05959648358) q[0];
ry(pi*0.160139837397) q[1];
ry(pi*0.005401922502) q[2];
ry(pi*-0.000793049292) q[3];
ry(pi*0.080084072369) q[4];
ry(pi*-0.01404368239) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.044268443406) q[0];
ry(pi*-0.353107347384) q[1];
ry(pi*0.011828957978) q[2];
ry(pi*0.739742955039) q[3];
ry(pi*0.784182063054) q[4];
ry(pi*-0.185097120952) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.027341242504) q[0];
ry(pi*-0.06802349983) q[1];
ry(pi*-0.116860552422) q[2];
ry(pi*0.416848342321) q[3];
ry(pi*0.007033380776) q[4];
ry(pi*0.006415717046) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
