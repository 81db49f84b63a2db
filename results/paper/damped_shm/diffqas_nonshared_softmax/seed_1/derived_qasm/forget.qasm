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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.009431779173) q[0];
ry(pi*-0.000297092774) q[1];
ry(pi*-0.000607415927) q[2];
ry(pi*-0.522602172351) q[3];
ry(pi*-0.44982115643) q[4];
ry(pi*-3.4278854e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.271050004905) q[0];
ry(pi*0.000121486431) q[1];
ry(pi*0.003981112717) q[2];
ry(pi*0.035926213994) q[3];
ry(pi*-0.004698280505) q[4];
ry(pi*-0.494163161922) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.500649944359) q[0];
ry(pi*0.001898236895) q[1];
ry(pi*0.498153586108) q[2];
ry(pi*0.005232351198) q[3];
ry(pi*0.499521369435) q[4];
ry(pi*0.499876083926) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002559558548) q[0];
ry(pi*-0.004696530862) q[1];
ry(pi*0.053784481144) q[2];
ry(pi*0.000364944656) q[3];
ry(pi*-0.491290877649) q[4];
ry(pi*-0.038011522923) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.278576304188) q[0];
ry(pi*-0.498909308594) q[1];
ry(pi*0.267246462284) q[2];
ry(pi*-1.9379316e-05) q[3];
ry(pi*-0.001492086544) q[4];
ry(pi*0.000691777063) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
