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
rz(pi*0.005335936472) q[0];
rz(pi*-0.003735615738) q[1];
rz(pi*0.001114799227) q[2];
rz(pi*-0.004236672664) q[3];
rz(pi*-0.005270185229) q[4];
rz(pi*0.002366781054) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001756266344) q[0];
rz(pi*-0.003305865512) q[1];
rz(pi*0.005232014432) q[2];
rz(pi*-0.003111699598) q[3];
rz(pi*-0.003716997247) q[4];
rz(pi*0.002077347489) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000703269805) q[0];
rz(pi*-0.000510911972) q[1];
rz(pi*-0.000213480375) q[2];
rz(pi*0.000712382727) q[3];
rz(pi*-0.000444296691) q[4];
rz(pi*-0.000549099296) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.006035019377) q[0];
rz(pi*-0.004271597342) q[1];
rz(pi*0.001944711678) q[2];
rz(pi*-0.002241860036) q[3];
rz(pi*0.001735403288) q[4];
rz(pi*0.003932603848) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001129844838) q[0];
rz(pi*0.000900722007) q[1];
rz(pi*0.006609629792) q[2];
rz(pi*0.002212048514) q[3];
rz(pi*0.005862866) q[4];
rz(pi*0.004880986583) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
