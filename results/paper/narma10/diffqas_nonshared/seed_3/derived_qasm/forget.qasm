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
ry(pi*0.030359911972) q[0];
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
rx(pi*0.004087521076) q[0];
rx(pi*0.005801876917) q[1];
rx(pi*-7.0697669e-05) q[2];
rx(pi*-0.000578694559) q[3];
rx(pi*0.000521814521) q[4];
rx(pi*0.002338228996) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000969988692) q[0];
rx(pi*0.000697111296) q[1];
rx(pi*-6.6300017e-05) q[2];
rx(pi*0.006203546587) q[3];
rx(pi*-0.002117277119) q[4];
rx(pi*0.0033300362) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001050610642) q[0];
rx(pi*-0.004360273297) q[1];
rx(pi*-0.002281808491) q[2];
rx(pi*-0.003456651128) q[3];
rx(pi*0.000455931654) q[4];
rx(pi*0.003282604923) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001472832763) q[0];
rx(pi*0.000946368511) q[1];
rx(pi*0.005638956747) q[2];
rx(pi*0.00162367085) q[3];
rx(pi*0.000613394343) q[4];
rx(pi*-0.000875548358) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003856789638) q[0];
rx(pi*0.001317941474) q[1];
rx(pi*-0.00557705045) q[2];
rx(pi*0.002718251353) q[3];
rx(pi*-5.5498701e-05) q[4];
rx(pi*0.003586656842) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
