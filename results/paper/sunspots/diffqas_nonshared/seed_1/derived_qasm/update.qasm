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
ry(pi*-0.063308734082) q[0];
ry(pi*-0.49554904525) q[1];
ry(pi*-0.014734869075) q[2];
ry(pi*-0.020764934786) q[3];
ry(pi*0.096840091654) q[4];
ry(pi*-0.039972150068) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.056457731808) q[0];
ry(pi*-0.02342294559) q[1];
ry(pi*0.004957171651) q[2];
ry(pi*-0.495834547157) q[3];
ry(pi*0.014265848522) q[4];
ry(pi*0.441534922711) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.072681570264) q[0];
ry(pi*0.443448779662) q[1];
ry(pi*-0.008492332899) q[2];
ry(pi*-0.018539564291) q[3];
ry(pi*0.002870155175) q[4];
ry(pi*0.033968378214) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.019498095963) q[0];
ry(pi*-0.241608038115) q[1];
ry(pi*0.19198923717) q[2];
ry(pi*-0.225714453535) q[3];
ry(pi*0.528999441364) q[4];
ry(pi*-0.137997217882) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.0252084021) q[0];
ry(pi*-0.210890324797) q[1];
ry(pi*-0.503862599726) q[2];
ry(pi*0.139723472304) q[3];
ry(pi*0.002305471954) q[4];
ry(pi*0.002589269575) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
