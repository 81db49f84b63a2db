// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*0.229181761121) q[0];
rx(pi*0.102385209191) q[1];
rx(pi*0.033331629085) q[2];
rx(pi*0.002253908028) q[3];
rx(pi*-0.006758421787) q[4];
rx(pi*-0.000491387532) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.076420249804) q[0];
rx(pi*0.105830574795) q[1];
rx(pi*0.027631470997) q[2];
rx(pi*-0.000364227656) q[3];
rx(pi*-0.001892852637) q[4];
rx(pi*0.000265244367) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.227889641112) q[0];
rx(pi*0.094400670619) q[1];
rx(pi*0.025580668754) q[2];
rx(pi*-0.002728697333) q[3];
rx(pi*-0.002574205213) q[4];
rx(pi*-0.0001175834) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.078129575792) q[0];
rx(pi*0.100812339948) q[1];
rx(pi*0.028795190565) q[2];
rx(pi*8.8529277e-05) q[3];
rx(pi*-0.001852734762) q[4];
rx(pi*-0.00385946776) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.236155441182) q[0];
rx(pi*0.094263013849) q[1];
rx(pi*0.027005330006) q[2];
rx(pi*-0.002939324181) q[3];
rx(pi*-0.001411448809) q[4];
rx(pi*0.005025030055) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
