// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002096816048) q[0];
rx(pi*-0.001787492819) q[1];
rx(pi*0.005724436683) q[2];
rx(pi*-0.003524687698) q[3];
rx(pi*-0.00147289309) q[4];
rx(pi*-0.003070000759) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000327093876) q[0];
rx(pi*0.003444808576) q[1];
rx(pi*0.004130980526) q[2];
rx(pi*0.00147542447) q[3];
rx(pi*-0.001939753121) q[4];
rx(pi*-0.001762232532) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.00192003006) q[0];
rx(pi*0.003032987004) q[1];
rx(pi*-0.002885604625) q[2];
rx(pi*0.002751875212) q[3];
rx(pi*-0.000103752897) q[4];
rx(pi*0.000547659108) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.004811946236) q[0];
rx(pi*-0.001513033347) q[1];
rx(pi*0.005289446718) q[2];
rx(pi*-0.004486424875) q[3];
rx(pi*-0.002625301787) q[4];
rx(pi*-0.005024174503) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002377081922) q[0];
rx(pi*0.001855372567) q[1];
rx(pi*0.002348263059) q[2];
rx(pi*0.000976494937) q[3];
rx(pi*0.000850182757) q[4];
rx(pi*-0.003734815325) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
