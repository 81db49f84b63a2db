// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001564835322) q[0];
ry(pi*-0.012401109644) q[1];
ry(pi*-0.191469896148) q[2];
ry(pi*-0.003502467646) q[3];
ry(pi*0.030938110242) q[4];
ry(pi*-0.013672890867) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.021515124345) q[0];
ry(pi*0.502360679073) q[1];
ry(pi*-0.030008293823) q[2];
ry(pi*0.498202156342) q[3];
ry(pi*0.107183796538) q[4];
ry(pi*-0.009634611482) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.08918879991) q[0];
ry(pi*0.039299393036) q[1];
ry(pi*-0.073321241196) q[2];
ry(pi*0.377541210775) q[3];
ry(pi*0.045743508135) q[4];
ry(pi*-0.007451508712) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.264497197307) q[0];
ry(pi*0.029004965121) q[1];
ry(pi*0.420436923711) q[2];
ry(pi*-0.087073765428) q[3];
ry(pi*-0.440165014436) q[4];
ry(pi*0.001556345017) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.008820142255) q[0];
ry(pi*0.159560276874) q[1];
ry(pi*-0.413231036191) q[2];
ry(pi*-0.014406002581) q[3];
ry(pi*-0.005778683919) q[4];
ry(pi*0.00353610277) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
