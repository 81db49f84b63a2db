// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.017725619185) q[0];
ry(pi*0.073974914016) q[1];
ry(pi*-0.021867040355) q[2];
ry(pi*0.074254486939) q[3];
ry(pi*-0.096219151568) q[4];
ry(pi*-0.038027078204) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004070312201) q[0];
ry(pi*0.060209274871) q[1];
ry(pi*-0.112080435045) q[2];
ry(pi*-0.095563244707) q[3];
ry(pi*-0.059529130326) q[4];
ry(pi*0.180165819235) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003265508106) q[0];
ry(pi*0.094857980243) q[1];
ry(pi*-0.197794632346) q[2];
ry(pi*0.070879325245) q[3];
ry(pi*-0.054475340549) q[4];
ry(pi*0.040176652572) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.081093251791) q[0];
ry(pi*-0.202120912112) q[1];
ry(pi*0.00241769546) q[2];
ry(pi*-0.082555377106) q[3];
ry(pi*0.132194393513) q[4];
ry(pi*-0.160918573827) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.102771674575) q[0];
ry(pi*0.005607011383) q[1];
ry(pi*0.005524443171) q[2];
ry(pi*0.038924436995) q[3];
ry(pi*-0.081581923367) q[4];
ry(pi*-0.003388636199) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
