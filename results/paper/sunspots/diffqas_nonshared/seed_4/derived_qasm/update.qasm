// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.065707861744) q[0];
ry(pi*-0.242878813783) q[1];
ry(pi*0.042168885944) q[2];
ry(pi*-0.111533166138) q[3];
ry(pi*-0.137212381714) q[4];
ry(pi*0.084046141783) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.102273810703) q[0];
ry(pi*0.112467754203) q[1];
ry(pi*-0.032009366123) q[2];
ry(pi*0.010934890959) q[3];
ry(pi*0.111631644185) q[4];
ry(pi*-0.062072232683) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.014170262634) q[0];
ry(pi*-0.018566797298) q[1];
ry(pi*-0.293944305712) q[2];
ry(pi*-0.135172261128) q[3];
ry(pi*-0.219977948406) q[4];
ry(pi*0.074278961784) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.42973121746) q[0];
ry(pi*-0.336200504241) q[1];
ry(pi*-0.288838739307) q[2];
ry(pi*-0.140558216284) q[3];
ry(pi*-0.109460497802) q[4];
ry(pi*0.265756760081) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.065080366573) q[0];
ry(pi*0.340967520935) q[1];
ry(pi*0.198058998613) q[2];
ry(pi*0.241389168498) q[3];
ry(pi*0.105666934846) q[4];
ry(pi*0.003003643278) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
