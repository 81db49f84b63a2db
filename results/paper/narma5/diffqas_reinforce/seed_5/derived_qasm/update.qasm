// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.030359911972) q[0];
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
rx(pi*-0.09905279784) q[0];
rx(pi*-0.002744746499) q[1];
rx(pi*0.004467873085) q[2];
rx(pi*0.002943939302) q[3];
rx(pi*0.000189786341) q[4];
rx(pi*0.003716951297) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.098258683999) q[0];
rx(pi*-0.004670185127) q[1];
rx(pi*0.004013230022) q[2];
rx(pi*-0.000160410042) q[3];
rx(pi*0.004363416548) q[4];
rx(pi*-0.001054128159) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.097854611905) q[0];
rx(pi*-0.009821347787) q[1];
rx(pi*0.002980107288) q[2];
rx(pi*-0.004027491895) q[3];
rx(pi*-0.002819460883) q[4];
rx(pi*0.005223334993) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.108105976426) q[0];
rx(pi*-0.008219686214) q[1];
rx(pi*0.000504622877) q[2];
rx(pi*-0.0052337202) q[3];
rx(pi*-0.000481151253) q[4];
rx(pi*0.006963826683) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.096647907206) q[0];
rx(pi*-0.002994519461) q[1];
rx(pi*0.004696963974) q[2];
rx(pi*0.005478011521) q[3];
rx(pi*0.002121702216) q[4];
rx(pi*-0.002789866065) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
