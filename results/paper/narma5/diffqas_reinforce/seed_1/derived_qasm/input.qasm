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
rz(pi*0.005335931728) q[0];
rz(pi*-0.003735616331) q[1];
rz(pi*0.001114799894) q[2];
rz(pi*-0.004236671775) q[3];
rz(pi*-0.005270184043) q[4];
rz(pi*0.002366778682) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001756264862) q[0];
rz(pi*-0.003305864919) q[1];
rz(pi*0.005232015618) q[2];
rz(pi*-0.003111699598) q[3];
rz(pi*-0.003716994282) q[4];
rz(pi*0.002077345562) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000703268323) q[0];
rz(pi*-0.000510912157) q[1];
rz(pi*-0.000213479745) q[2];
rz(pi*0.000712381542) q[3];
rz(pi*-0.000444296728) q[4];
rz(pi*-0.000549098999) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.006035018784) q[0];
rz(pi*-0.004271597046) q[1];
rz(pi*0.001944712568) q[2];
rz(pi*-0.002241860629) q[3];
rz(pi*0.001735403585) q[4];
rz(pi*0.003932603848) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001129843356) q[0];
rz(pi*0.000900721192) q[1];
rz(pi*0.006609629792) q[2];
rz(pi*0.00221204881) q[3];
rz(pi*0.005862866593) q[4];
rz(pi*0.004880986287) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
