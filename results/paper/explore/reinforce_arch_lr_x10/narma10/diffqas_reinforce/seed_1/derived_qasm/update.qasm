// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*0.011114371966) q[0];
rx(pi*-0.005808435559) q[1];
rx(pi*0.22876054715) q[2];
rx(pi*-0.266156402038) q[3];
rx(pi*-0.243874902009) q[4];
rx(pi*-0.002917238124) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.005785765497) q[0];
rx(pi*0.034482428211) q[1];
rx(pi*0.068156508278) q[2];
rx(pi*-0.04652636165) q[3];
rx(pi*0.015246160909) q[4];
rx(pi*-0.002207026368) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.019107993741) q[0];
rx(pi*0.013518534521) q[1];
rx(pi*-0.087691366311) q[2];
rx(pi*0.030408301006) q[3];
rx(pi*0.22779599163) q[4];
rx(pi*-0.494429691082) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.013615631115) q[0];
rx(pi*0.033170559944) q[1];
rx(pi*0.022638595599) q[2];
rx(pi*0.012907702166) q[3];
rx(pi*-0.007091475922) q[4];
rx(pi*0.005989528064) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.01758907232) q[0];
rx(pi*-0.001419458421) q[1];
rx(pi*-0.088663605794) q[2];
rx(pi*-0.015757072103) q[3];
rx(pi*0.338286861414) q[4];
rx(pi*-0.004123396763) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
