// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.037752589977) q[0];
ry(pi*-0.020842635303) q[1];
ry(pi*-0.033415464914) q[2];
ry(pi*-0.034940847741) q[3];
ry(pi*-0.040563113213) q[4];
ry(pi*0.002388176088) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.025169522196) q[0];
ry(pi*0.10358673433) q[1];
ry(pi*-0.488728380399) q[2];
ry(pi*-0.018344360804) q[3];
ry(pi*-0.00201797109) q[4];
ry(pi*-0.023345349424) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.148196255564) q[0];
ry(pi*0.075464473923) q[1];
ry(pi*0.058480990366) q[2];
ry(pi*-0.017455980866) q[3];
ry(pi*-0.016622599367) q[4];
ry(pi*-0.005608822095) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.048456815012) q[0];
ry(pi*0.224335343478) q[1];
ry(pi*-0.068375406354) q[2];
ry(pi*0.488504843486) q[3];
ry(pi*0.450806790673) q[4];
ry(pi*-0.108372562504) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.107365346761) q[0];
ry(pi*-0.054907634606) q[1];
ry(pi*-0.004616353809) q[2];
ry(pi*0.035065282879) q[3];
ry(pi*-0.046409717197) q[4];
ry(pi*0.002879074442) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
