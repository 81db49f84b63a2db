// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.035950866708) q[0];
ry(pi*0.066627148288) q[1];
ry(pi*-0.044266802263) q[2];
ry(pi*0.100682480976) q[3];
ry(pi*0.004818744113) q[4];
ry(pi*-0.208057200274) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.048631098672) q[0];
ry(pi*-0.030986044889) q[1];
ry(pi*-0.097485923986) q[2];
ry(pi*-0.158330150318) q[3];
ry(pi*-0.059970403235) q[4];
ry(pi*0.003401923348) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.153012136571) q[0];
ry(pi*-0.032106456788) q[1];
ry(pi*0.171462128148) q[2];
ry(pi*0.149729557142) q[3];
ry(pi*0.040887855506) q[4];
ry(pi*-0.093480938216) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.03878928937) q[0];
ry(pi*-0.221830333654) q[1];
ry(pi*-0.099525314122) q[2];
ry(pi*-0.327659238847) q[3];
ry(pi*-0.388075525369) q[4];
ry(pi*0.337615150254) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.05154611906) q[0];
ry(pi*0.04221610437) q[1];
ry(pi*-0.003385548088) q[2];
ry(pi*0.000750740806) q[3];
ry(pi*0.014049568685) q[4];
ry(pi*-0.001549166352) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
