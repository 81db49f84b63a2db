// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.018472945045) q[0];
ry(pi*-0.483448037043) q[1];
ry(pi*-0.359266356632) q[2];
ry(pi*-0.017632125042) q[3];
ry(pi*0.000628205685) q[4];
ry(pi*0.234947730928) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.010277498295) q[0];
ry(pi*-0.01486133904) q[1];
ry(pi*-0.012560537643) q[2];
ry(pi*0.040239665811) q[3];
ry(pi*0.069508662804) q[4];
ry(pi*0.001789329766) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.02614232849) q[0];
ry(pi*-0.003534110631) q[1];
ry(pi*-0.003212731555) q[2];
ry(pi*-0.001226249001) q[3];
ry(pi*-0.16991480571) q[4];
ry(pi*0.004027379541) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.03455136569) q[0];
ry(pi*-0.012139949772) q[1];
ry(pi*-0.127897341265) q[2];
ry(pi*-0.019161876344) q[3];
ry(pi*-0.298812978389) q[4];
ry(pi*-0.043765414203) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.12741219862) q[0];
ry(pi*0.022599599488) q[1];
ry(pi*-0.008305212396) q[2];
ry(pi*-0.507507302504) q[3];
ry(pi*-0.307905421076) q[4];
ry(pi*0.004139812637) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
