// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.16844971116) q[0];
ry(pi*0.194290270983) q[1];
ry(pi*0.125272841077) q[2];
ry(pi*0.102039402405) q[3];
ry(pi*-0.011617555322) q[4];
ry(pi*-0.069565846665) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.15335254561) q[0];
ry(pi*-0.28600447642) q[1];
ry(pi*0.176389198942) q[2];
ry(pi*-0.002912694151) q[3];
ry(pi*-0.042648137551) q[4];
ry(pi*-0.035301059586) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.180321433711) q[0];
ry(pi*0.112513383661) q[1];
ry(pi*-0.055010447925) q[2];
ry(pi*0.257332215031) q[3];
ry(pi*-0.010179840819) q[4];
ry(pi*-0.025268152025) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.066785732) q[0];
ry(pi*-0.023410822004) q[1];
ry(pi*-0.065595879844) q[2];
ry(pi*0.120218510577) q[3];
ry(pi*0.023698337395) q[4];
ry(pi*0.114765942104) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.024051923007) q[0];
ry(pi*0.114248934729) q[1];
ry(pi*0.233452981973) q[2];
ry(pi*0.13328808704) q[3];
ry(pi*-0.497454212683) q[4];
ry(pi*-0.004790112754) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
