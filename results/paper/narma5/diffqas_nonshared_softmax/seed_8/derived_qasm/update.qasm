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
rx(pi*0.014902489743) q[0];
rx(pi*0.103015626165) q[1];
rx(pi*-0.003745793431) q[2];
rx(pi*0.007258032931) q[3];
rx(pi*-0.001113307346) q[4];
rx(pi*-0.000571602827) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.228270936423) q[0];
rx(pi*0.100685839153) q[1];
rx(pi*-0.007853362773) q[2];
rx(pi*-0.000585551058) q[3];
rx(pi*0.002764535371) q[4];
rx(pi*-0.001198592515) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.017188492397) q[0];
rx(pi*0.104592470199) q[1];
rx(pi*-0.003233302163) q[2];
rx(pi*-0.003469834223) q[3];
rx(pi*0.000291195936) q[4];
rx(pi*0.000564149502) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.232603306441) q[0];
rx(pi*0.09684886655) q[1];
rx(pi*-0.003264966493) q[2];
rx(pi*-0.002030446709) q[3];
rx(pi*0.001803488327) q[4];
rx(pi*0.008102469614) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.012587301075) q[0];
rx(pi*0.094853853671) q[1];
rx(pi*0.005242668816) q[2];
rx(pi*-0.002091698446) q[3];
rx(pi*0.002935112231) q[4];
rx(pi*0.001411226324) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
