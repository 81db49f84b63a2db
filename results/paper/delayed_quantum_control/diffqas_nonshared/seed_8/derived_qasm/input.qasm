// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*0.217371984592) q[0];
ry(pi*0.02053744917) q[1];
ry(pi*0.183597799565) q[2];
ry(pi*-0.06134168229) q[3];
ry(pi*0.413810350069) q[4];
ry(pi*0.399122483605) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.044639702133) q[0];
ry(pi*0.014105371093) q[1];
ry(pi*-0.336820078289) q[2];
ry(pi*0.13691339967) q[3];
ry(pi*0.060455052588) q[4];
ry(pi*0.073089925456) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.347800138617) q[0];
ry(pi*0.199799235949) q[1];
ry(pi*-0.029073368992) q[2];
ry(pi*-0.126241779301) q[3];
ry(pi*-0.121623385626) q[4];
ry(pi*-0.530679174609) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.228409949745) q[0];
ry(pi*0.252824385042) q[1];
ry(pi*0.344631462079) q[2];
ry(pi*-0.066584663563) q[3];
ry(pi*-0.248345071094) q[4];
ry(pi*-0.255010349141) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.335328137302) q[0];
ry(pi*0.171731066847) q[1];
ry(pi*0.016706183807) q[2];
ry(pi*0.070015662054) q[3];
ry(pi*-0.428103811054) q[4];
ry(pi*-0.005457729654) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
