// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.294348804693) q[0];
ry(pi*0.347540136083) q[1];
ry(pi*0.008026681787) q[2];
ry(pi*0.3380885962) q[3];
ry(pi*-0.01399596593) q[4];
ry(pi*0.005034008908) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.09552535613) q[0];
ry(pi*0.024201070148) q[1];
ry(pi*0.003571245635) q[2];
ry(pi*-0.000198598459) q[3];
ry(pi*-0.002039692366) q[4];
ry(pi*0.00732083154) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.012871039702) q[0];
ry(pi*0.075432386264) q[1];
ry(pi*-0.003780210588) q[2];
ry(pi*0.034782505932) q[3];
ry(pi*0.071315826508) q[4];
ry(pi*-0.004790707135) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.197547132853) q[0];
ry(pi*0.004494922591) q[1];
ry(pi*-0.420275351791) q[2];
ry(pi*0.394305644474) q[3];
ry(pi*-0.322332981441) q[4];
ry(pi*-0.011000471447) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.261479790486) q[0];
ry(pi*0.161319999222) q[1];
ry(pi*0.348356799035) q[2];
ry(pi*0.088724451396) q[3];
ry(pi*0.16626414549) q[4];
ry(pi*-0.00211743735) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
