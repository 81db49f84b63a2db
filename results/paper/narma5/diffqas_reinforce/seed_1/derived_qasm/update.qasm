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
ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001225339717) q[0];
ry(pi*0.001195892308) q[1];
ry(pi*-0.00960983426) q[2];
ry(pi*0.003749901031) q[3];
ry(pi*-0.002023538109) q[4];
ry(pi*-0.001472937261) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002234659879) q[0];
ry(pi*-0.026280798717) q[1];
ry(pi*0.000431003094) q[2];
ry(pi*-0.498134689251) q[3];
ry(pi*-0.000291252169) q[4];
ry(pi*-0.000322562057) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.02473265808) q[0];
ry(pi*-0.009382979487) q[1];
ry(pi*0.040165705297) q[2];
ry(pi*-0.000116642628) q[3];
ry(pi*0.000347850025) q[4];
ry(pi*0.006225863281) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005719768201) q[0];
ry(pi*0.253842804193) q[1];
ry(pi*0.000928193582) q[2];
ry(pi*0.252566773074) q[3];
ry(pi*-0.500877275822) q[4];
ry(pi*0.038098731157) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.024264612252) q[0];
ry(pi*0.011169518629) q[1];
ry(pi*-0.017490932225) q[2];
ry(pi*-0.014692307273) q[3];
ry(pi*0.000235535935) q[4];
ry(pi*-0.004626029021) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
