// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.027534873624) q[0];
rx(pi*-0.0302699375) q[1];
rx(pi*0.178454648147) q[2];
rx(pi*-0.035038104417) q[3];
rx(pi*0.08006609569) q[4];
rx(pi*-0.000747615861) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.19614229575) q[0];
rx(pi*-0.124636220014) q[1];
rx(pi*0.088586244415) q[2];
rx(pi*0.010246082982) q[3];
rx(pi*0.068854933066) q[4];
rx(pi*-0.002293051919) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.264568629702) q[0];
rx(pi*-0.145023338617) q[1];
rx(pi*0.200398319431) q[2];
rx(pi*-0.02554402052) q[3];
rx(pi*0.062985642419) q[4];
rx(pi*0.001497685432) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.189885956306) q[0];
rx(pi*-0.0898767802) q[1];
rx(pi*0.106288074147) q[2];
rx(pi*0.017157311872) q[3];
rx(pi*0.071892024112) q[4];
rx(pi*-0.003927594153) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.213071716463) q[0];
rx(pi*-0.089419195471) q[1];
rx(pi*0.182662537968) q[2];
rx(pi*-0.034878875632) q[3];
rx(pi*0.061405416493) q[4];
rx(pi*0.000253119874) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
