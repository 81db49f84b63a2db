// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.090821385876) q[0];
ry(pi*-0.027172358962) q[1];
ry(pi*0.013313397615) q[2];
ry(pi*-0.068380391444) q[3];
ry(pi*-0.079310676768) q[4];
ry(pi*-0.035144956561) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.065892936155) q[0];
ry(pi*0.014418938438) q[1];
ry(pi*-0.092668306973) q[2];
ry(pi*0.190225492599) q[3];
ry(pi*0.010846563332) q[4];
ry(pi*0.048715157431) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.050634293549) q[0];
ry(pi*0.210294580519) q[1];
ry(pi*0.134633216906) q[2];
ry(pi*-0.063886852677) q[3];
ry(pi*-0.008652562496) q[4];
ry(pi*0.048021499546) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026709777286) q[0];
ry(pi*-0.217104032476) q[1];
ry(pi*0.018482476479) q[2];
ry(pi*0.329648341715) q[3];
ry(pi*0.45936976089) q[4];
ry(pi*-0.128371356394) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.048858866509) q[0];
ry(pi*-0.011585709565) q[1];
ry(pi*0.019324621016) q[2];
ry(pi*-0.019198411927) q[3];
ry(pi*-0.010317703919) q[4];
ry(pi*-0.002627145405) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
