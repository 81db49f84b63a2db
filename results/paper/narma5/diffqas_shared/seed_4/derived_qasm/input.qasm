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
ry(pi*-0.013233021941) q[0];
ry(pi*0.000404683928) q[1];
ry(pi*-0.111034894351) q[2];
ry(pi*0.001037182976) q[3];
ry(pi*-0.018981921018) q[4];
ry(pi*0.018686367112) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.014490196521) q[0];
ry(pi*0.005300498343) q[1];
ry(pi*0.003149857944) q[2];
ry(pi*0.003488141442) q[3];
ry(pi*0.083841368917) q[4];
ry(pi*-0.002781671616) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00165200324) q[0];
ry(pi*-0.000687023945) q[1];
ry(pi*-0.06639178661) q[2];
ry(pi*-0.027771432957) q[3];
ry(pi*0.072894330657) q[4];
ry(pi*0.0022238715) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.147345242453) q[0];
ry(pi*-0.122125527853) q[1];
ry(pi*-0.020240947812) q[2];
ry(pi*-0.00276893023) q[3];
ry(pi*-0.001850385106) q[4];
ry(pi*0.003710371311) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.061244802697) q[0];
ry(pi*0.200822929524) q[1];
ry(pi*0.107583419523) q[2];
ry(pi*0.155789006896) q[3];
ry(pi*0.065915176958) q[4];
ry(pi*0.000539269856) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
