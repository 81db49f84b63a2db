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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.078876665678) q[0];
ry(pi*0.060615581006) q[1];
ry(pi*0.088045217542) q[2];
ry(pi*0.177302907499) q[3];
ry(pi*-0.01973158764) q[4];
ry(pi*0.000159041448) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.267098911225) q[0];
ry(pi*-0.335225570628) q[1];
ry(pi*-0.122487518392) q[2];
ry(pi*0.033612719829) q[3];
ry(pi*-0.029049904446) q[4];
ry(pi*-0.008205935715) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.035948774962) q[0];
ry(pi*0.154080235861) q[1];
ry(pi*0.246781261338) q[2];
ry(pi*0.278529099992) q[3];
ry(pi*-0.079068214539) q[4];
ry(pi*0.006060668753) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.255730535671) q[0];
ry(pi*-0.042089859707) q[1];
ry(pi*0.066952953055) q[2];
ry(pi*-0.069547272345) q[3];
ry(pi*-0.036239539436) q[4];
ry(pi*0.004605097337) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.33479257458) q[0];
ry(pi*0.060541629979) q[1];
ry(pi*-0.055636804731) q[2];
ry(pi*0.190444305298) q[3];
ry(pi*0.084827088537) q[4];
ry(pi*-0.005810584223) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
