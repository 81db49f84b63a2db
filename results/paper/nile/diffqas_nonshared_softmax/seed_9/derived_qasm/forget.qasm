// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.179540648225) q[0];
rx(pi*0.049079633401) q[1];
rx(pi*-0.001203143974) q[2];
rx(pi*-0.005361493356) q[3];
rx(pi*-0.002057912281) q[4];
rx(pi*0.000925475143) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.008054677855) q[0];
rx(pi*0.05525251647) q[1];
rx(pi*-0.004106588095) q[2];
rx(pi*-0.005956565879) q[3];
rx(pi*-0.004181217694) q[4];
rx(pi*0.00303146118) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.16845695875) q[0];
rx(pi*0.049760323413) q[1];
rx(pi*-0.010355064816) q[2];
rx(pi*0.000227480744) q[3];
rx(pi*-0.004875331222) q[4];
rx(pi*-0.000235599709) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.008638994017) q[0];
rx(pi*0.051548168117) q[1];
rx(pi*-0.001935480103) q[2];
rx(pi*-0.001459816717) q[3];
rx(pi*-0.001949494145) q[4];
rx(pi*0.000719589926) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.153178575) q[0];
rx(pi*0.051083492324) q[1];
rx(pi*-8.9202717e-05) q[2];
rx(pi*0.005345089044) q[3];
rx(pi*0.002412271181) q[4];
rx(pi*-0.003160979235) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
