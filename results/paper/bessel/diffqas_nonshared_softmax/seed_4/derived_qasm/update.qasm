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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.051754838258) q[0];
ry(pi*0.268009318523) q[1];
ry(pi*-0.22424000542) q[2];
ry(pi*0.080853872633) q[3];
ry(pi*-0.015041999915) q[4];
ry(pi*0.014673919123) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.006549737571) q[0];
ry(pi*0.493764165038) q[1];
ry(pi*-0.077293404112) q[2];
ry(pi*0.536940446966) q[3];
ry(pi*0.005619757512) q[4];
ry(pi*0.000336389188) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.109711848764) q[0];
ry(pi*-0.007327560937) q[1];
ry(pi*-0.058034471492) q[2];
ry(pi*-0.086272271188) q[3];
ry(pi*0.017461222088) q[4];
ry(pi*0.028666199596) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.070668248684) q[0];
ry(pi*0.129608521839) q[1];
ry(pi*0.494257456478) q[2];
ry(pi*-0.004102436917) q[3];
ry(pi*0.498334927631) q[4];
ry(pi*0.20765336534) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.151783916776) q[0];
ry(pi*0.174089360412) q[1];
ry(pi*-0.016185807583) q[2];
ry(pi*-0.021422402155) q[3];
ry(pi*0.042645400732) q[4];
ry(pi*0.00589489437) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
