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
rx(pi*0.060358452843) q[0];
rx(pi*0.092099892938) q[1];
rx(pi*0.001813788751) q[2];
rx(pi*-0.005769643998) q[3];
rx(pi*0.01173089496) q[4];
rx(pi*-0.000746616457) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.174153602136) q[0];
rx(pi*0.091386270979) q[1];
rx(pi*-0.004511395383) q[2];
rx(pi*-0.007009981449) q[3];
rx(pi*-0.000891416763) q[4];
rx(pi*-0.002299966448) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.037620046361) q[0];
rx(pi*0.089390726863) q[1];
rx(pi*0.008042455848) q[2];
rx(pi*0.00434738339) q[3];
rx(pi*-0.005339243066) q[4];
rx(pi*0.001502992761) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.176941154118) q[0];
rx(pi*0.092407573988) q[1];
rx(pi*-0.000962600141) q[2];
rx(pi*0.001473280549) q[3];
rx(pi*0.002139706613) q[4];
rx(pi*-0.003920769004) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.053474475933) q[0];
rx(pi*0.091791984216) q[1];
rx(pi*0.006025392486) q[2];
rx(pi*-0.005603459922) q[3];
rx(pi*-0.006926185937) q[4];
rx(pi*0.000252979264) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
