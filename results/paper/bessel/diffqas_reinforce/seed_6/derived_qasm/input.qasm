// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.147449649484) q[0];
ry(pi*0.080858075097) q[1];
ry(pi*-0.014629754124) q[2];
ry(pi*-0.001938728889) q[3];
ry(pi*-0.23574354283) q[4];
ry(pi*-0.169837757381) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.107969401102) q[0];
ry(pi*0.015687347255) q[1];
ry(pi*-0.344806011358) q[2];
ry(pi*-0.166440212588) q[3];
ry(pi*0.094441054113) q[4];
ry(pi*-0.205686081131) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.360013844946) q[0];
ry(pi*-0.208245504795) q[1];
ry(pi*-0.304412746925) q[2];
ry(pi*-0.252358433332) q[3];
ry(pi*-0.404447374973) q[4];
ry(pi*-0.287137339185) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.09524791764) q[0];
ry(pi*-0.337170542885) q[1];
ry(pi*-0.168027643415) q[2];
ry(pi*0.181631862422) q[3];
ry(pi*-0.083057358064) q[4];
ry(pi*-0.085293248948) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.094569822151) q[0];
ry(pi*-0.16387724102) q[1];
ry(pi*-0.315835858857) q[2];
ry(pi*-0.189051383081) q[3];
ry(pi*-0.123017360831) q[4];
ry(pi*0.000875059439) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
