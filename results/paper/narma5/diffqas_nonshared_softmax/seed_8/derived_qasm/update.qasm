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
rx(pi*0.067878861088) q[0];
rx(pi*0.06058988242) q[1];
rx(pi*0.003426811146) q[2];
rx(pi*-0.001051552609) q[3];
rx(pi*0.005611288552) q[4];
rx(pi*-0.001097636079) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.146874756256) q[0];
rx(pi*0.061586596747) q[1];
rx(pi*0.001934896987) q[2];
rx(pi*0.000595146265) q[3];
rx(pi*0.004365495842) q[4];
rx(pi*-0.001761450944) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.069127044956) q[0];
rx(pi*0.069127590423) q[1];
rx(pi*-0.000821803158) q[2];
rx(pi*0.001694995931) q[3];
rx(pi*0.005003788878) q[4];
rx(pi*0.001761360972) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.145934741985) q[0];
rx(pi*0.056356792047) q[1];
rx(pi*0.007560915061) q[2];
rx(pi*0.00136957803) q[3];
rx(pi*0.004012406486) q[4];
rx(pi*-0.001516290138) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.073494092414) q[0];
rx(pi*0.064612821152) q[1];
rx(pi*0.000101881515) q[2];
rx(pi*-0.002870681373) q[3];
rx(pi*0.001172020589) q[4];
rx(pi*-0.001548644898) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
