// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.138235523653) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002792271453) q[0];
rz(pi*0.000819897286) q[1];
rz(pi*-0.000299174774) q[2];
rz(pi*-0.000820892392) q[3];
rz(pi*0.003362830891) q[4];
rz(pi*-0.007162161265) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000439790144) q[0];
rz(pi*0.000106550516) q[1];
rz(pi*-0.004535676942) q[2];
rz(pi*0.001060440748) q[3];
rz(pi*-0.0020714148) q[4];
rz(pi*0.002747449819) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000398288074) q[0];
rz(pi*0.002131221199) q[1];
rz(pi*0.003880865758) q[2];
rz(pi*0.001220615651) q[3];
rz(pi*-0.002785930702) q[4];
rz(pi*-0.004818844312) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00558295631) q[0];
rz(pi*-0.000352664063) q[1];
rz(pi*-0.002190028713) q[2];
rz(pi*0.00046032529) q[3];
rz(pi*-0.00060840162) q[4];
rz(pi*0.002712645203) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000108126847) q[0];
rz(pi*4.3753708e-05) q[1];
rz(pi*-0.002274781904) q[2];
rz(pi*0.001493991971) q[3];
rz(pi*-0.00329141984) q[4];
rz(pi*0.002118987779) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
