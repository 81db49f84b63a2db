// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.159300748658) q[0];
rx(pi*-0.024000286303) q[1];
rx(pi*0.000739641526) q[2];
rx(pi*0.004103449291) q[3];
rx(pi*0.001526501033) q[4];
rx(pi*-0.002096305563) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002668134247) q[0];
rx(pi*-0.020789677621) q[1];
rx(pi*0.001939265759) q[2];
rx(pi*0.004691208413) q[3];
rx(pi*-0.00223087778) q[4];
rx(pi*-0.005404100811) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.147685025391) q[0];
rx(pi*-0.016623494643) q[1];
rx(pi*-0.009233167707) q[2];
rx(pi*0.001395986464) q[3];
rx(pi*0.006349624293) q[4];
rx(pi*0.002612534907) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.017808656973) q[0];
rx(pi*-0.016683401094) q[1];
rx(pi*0.003395221818) q[2];
rx(pi*-0.002911553118) q[3];
rx(pi*-0.003242644759) q[4];
rx(pi*0.001297777742) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.150814969065) q[0];
rx(pi*-0.017662654564) q[1];
rx(pi*-0.005690751755) q[2];
rx(pi*0.003416827923) q[3];
rx(pi*0.002156737173) q[4];
rx(pi*0.000139171941) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
