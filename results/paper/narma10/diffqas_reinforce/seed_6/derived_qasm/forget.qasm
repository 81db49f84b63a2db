// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.00256341802) q[0];
rx(pi*-0.001207379047) q[1];
rx(pi*0.005043040529) q[2];
rx(pi*0.00526972929) q[3];
rx(pi*-0.002109697062) q[4];
rx(pi*0.00183972509) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.006629899802) q[0];
rx(pi*-0.003336600178) q[1];
rx(pi*-0.000815527774) q[2];
rx(pi*0.004007307856) q[3];
rx(pi*0.002274678147) q[4];
rx(pi*-0.003205024172) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.004644109456) q[0];
rx(pi*0.002095563847) q[1];
rx(pi*0.003838250002) q[2];
rx(pi*-0.007187010229) q[3];
rx(pi*0.001201023102) q[4];
rx(pi*0.001358666773) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001553015448) q[0];
rx(pi*0.002441051209) q[1];
rx(pi*-0.001040126346) q[2];
rx(pi*0.004624247065) q[3];
rx(pi*-0.000959515587) q[4];
rx(pi*0.002829144395) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000921739365) q[0];
rx(pi*-0.003075847034) q[1];
rx(pi*0.004735580334) q[2];
rx(pi*-0.004028986296) q[3];
rx(pi*-0.002353337825) q[4];
rx(pi*0.000442068616) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
