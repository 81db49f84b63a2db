// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
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
rz(pi*-0.007606797094) q[0];
rz(pi*0.002378010697) q[1];
rz(pi*0.005497466295) q[2];
rz(pi*-0.002741425082) q[3];
rz(pi*0.001432193434) q[4];
rz(pi*0.00275509554) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000103237446) q[0];
rz(pi*-0.003661558285) q[1];
rz(pi*-0.000646736946) q[2];
rz(pi*-0.002028779627) q[3];
rz(pi*0.001673086557) q[4];
rz(pi*-0.005468998873) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001581930064) q[0];
rz(pi*0.000187407595) q[1];
rz(pi*-0.004886683743) q[2];
rz(pi*-0.003166688253) q[3];
rz(pi*0.001645878599) q[4];
rz(pi*0.003940246605) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002633096918) q[0];
rz(pi*0.009010072503) q[1];
rz(pi*0.000540698741) q[2];
rz(pi*-0.003769449483) q[3];
rz(pi*4.2528688e-05) q[4];
rz(pi*-0.00231159941) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.007535350469) q[0];
rz(pi*0.003227428912) q[1];
rz(pi*-0.003123373174) q[2];
rz(pi*-0.002951786608) q[3];
rz(pi*0.005580775037) q[4];
rz(pi*-0.002073549382) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
