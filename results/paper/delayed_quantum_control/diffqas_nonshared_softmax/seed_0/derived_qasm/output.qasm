// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*0.036221543784) q[0];
ry(pi*0.716351226734) q[1];
ry(pi*0.01019305771) q[2];
ry(pi*-0.526575255446) q[3];
ry(pi*-0.448358054019) q[4];
ry(pi*-0.023704901965) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.342979846447) q[0];
ry(pi*0.491565375362) q[1];
ry(pi*-0.110137843868) q[2];
ry(pi*0.013300057402) q[3];
ry(pi*-0.008676939512) q[4];
ry(pi*-0.553781530566) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.153925570022) q[0];
ry(pi*0.00230348945) q[1];
ry(pi*-0.028305966408) q[2];
ry(pi*0.264719444073) q[3];
ry(pi*0.005829738397) q[4];
ry(pi*-0.001644593492) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.012502988556) q[0];
ry(pi*-0.04389013156) q[1];
ry(pi*0.000593016204) q[2];
ry(pi*-0.011786477996) q[3];
ry(pi*0.007587027491) q[4];
ry(pi*0.002870679594) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.070033856919) q[0];
ry(pi*-0.05196597648) q[1];
ry(pi*-0.135670381132) q[2];
ry(pi*0.046796690103) q[3];
ry(pi*0.002322369409) q[4];
ry(pi*-0.001741329011) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
