// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.481816380741) q[0];
ry(pi*-0.495868622212) q[1];
ry(pi*0.097361548138) q[2];
ry(pi*0.521700663272) q[3];
ry(pi*0.148744055709) q[4];
ry(pi*0.466806205239) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.502730457925) q[0];
ry(pi*-0.498825411104) q[1];
ry(pi*0.494765546661) q[2];
ry(pi*-0.496317365641) q[3];
ry(pi*-0.495901824521) q[4];
ry(pi*-0.419496141043) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007668348245) q[0];
ry(pi*-0.096466821816) q[1];
ry(pi*0.022166807397) q[2];
ry(pi*-0.151811901579) q[3];
ry(pi*-0.472557072739) q[4];
ry(pi*0.007581298314) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002318291751) q[0];
ry(pi*0.00103647172) q[1];
ry(pi*-0.003096969334) q[2];
ry(pi*0.501164105821) q[3];
ry(pi*0.000416333862) q[4];
ry(pi*0.006565112611) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.039119880012) q[0];
ry(pi*-0.499382413031) q[1];
ry(pi*-0.00194726959) q[2];
ry(pi*0.055970151165) q[3];
ry(pi*0.000339551634) q[4];
ry(pi*-0.003319952777) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
