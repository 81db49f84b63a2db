// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.161234280348) q[0];
ry(pi*-0.014179560466) q[1];
ry(pi*0.010239086781) q[2];
ry(pi*0.005606800904) q[3];
ry(pi*0.043068450317) q[4];
ry(pi*-0.027906941064) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.021744950724) q[0];
ry(pi*0.024920908054) q[1];
ry(pi*-0.497258679545) q[2];
ry(pi*-0.008820238304) q[3];
ry(pi*0.000857027695) q[4];
ry(pi*-0.00099603205) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.155233465871) q[0];
ry(pi*-0.024168752444) q[1];
ry(pi*-0.037124262377) q[2];
ry(pi*0.01424779121) q[3];
ry(pi*-0.033214322958) q[4];
ry(pi*-0.022927318131) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007076273415) q[0];
ry(pi*-0.257871192847) q[1];
ry(pi*-0.005877875815) q[2];
ry(pi*0.478486284066) q[3];
ry(pi*0.490954870287) q[4];
ry(pi*0.004511041126) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.032467401455) q[0];
ry(pi*0.004028123036) q[1];
ry(pi*-0.130324733578) q[2];
ry(pi*-0.051321135475) q[3];
ry(pi*0.008070607256) q[4];
ry(pi*0.003231165654) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
