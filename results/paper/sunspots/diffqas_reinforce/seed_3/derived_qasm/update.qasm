// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.000951351822) q[0];
ry(pi*-0.095922654953) q[1];
ry(pi*-0.032797467975) q[2];
ry(pi*0.111854801643) q[3];
ry(pi*0.005726069525) q[4];
ry(pi*0.008673659599) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.24899486873) q[0];
ry(pi*0.125839784723) q[1];
ry(pi*-0.133149699819) q[2];
ry(pi*0.268018083933) q[3];
ry(pi*-0.006003904071) q[4];
ry(pi*-0.00531100806) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.084838623968) q[0];
ry(pi*0.11997878991) q[1];
ry(pi*0.176872226126) q[2];
ry(pi*0.082697122504) q[3];
ry(pi*0.502108265638) q[4];
ry(pi*-0.483161776226) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.016632333572) q[0];
ry(pi*0.27008002318) q[1];
ry(pi*0.108802769558) q[2];
ry(pi*-0.206217906222) q[3];
ry(pi*0.14416041062) q[4];
ry(pi*0.016078514324) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.10745476532) q[0];
ry(pi*0.088450058033) q[1];
ry(pi*0.353892667357) q[2];
ry(pi*0.002853013298) q[3];
ry(pi*0.003118697577) q[4];
ry(pi*0.002057012706) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
