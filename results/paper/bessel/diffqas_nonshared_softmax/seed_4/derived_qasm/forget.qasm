// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.000396653083) q[0];
ry(pi*-0.015399958745) q[1];
ry(pi*0.000928308827) q[2];
ry(pi*0.000744407836) q[3];
ry(pi*0.494982936404) q[4];
ry(pi*-0.00071943555) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008068926389) q[0];
ry(pi*0.000606938792) q[1];
ry(pi*0.000179152616) q[2];
ry(pi*-0.001904509612) q[3];
ry(pi*0.001896688689) q[4];
ry(pi*-0.006218314499) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000135611003) q[0];
ry(pi*0.027936329851) q[1];
ry(pi*-0.000831324735) q[2];
ry(pi*0.006005013384) q[3];
ry(pi*0.000710297504) q[4];
ry(pi*0.000302043772) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.354488525471) q[0];
ry(pi*0.000835756577) q[1];
ry(pi*0.001166840881) q[2];
ry(pi*-6.2704209e-05) q[3];
ry(pi*-0.000775966112) q[4];
ry(pi*0.498209973114) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001849525996) q[0];
ry(pi*0.525399172762) q[1];
ry(pi*0.501796467502) q[2];
ry(pi*0.519202218019) q[3];
ry(pi*0.156068798006) q[4];
ry(pi*0.000252754982) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
