// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.368471668195) q[0];
ry(pi*0.013638784982) q[1];
ry(pi*0.002488153723) q[2];
ry(pi*0.000240592228) q[3];
ry(pi*-0.026606712577) q[4];
ry(pi*0.411647570668) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.035474261799) q[0];
ry(pi*-0.004500065688) q[1];
ry(pi*0.009052715532) q[2];
ry(pi*0.021083389984) q[3];
ry(pi*-0.000730901685) q[4];
ry(pi*0.034545654893) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.013426897335) q[0];
ry(pi*-0.038471982023) q[1];
ry(pi*0.001114492995) q[2];
ry(pi*0.015849048427) q[3];
ry(pi*-0.026925985976) q[4];
ry(pi*-0.476059441963) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.007509256419) q[0];
ry(pi*-0.298966448945) q[1];
ry(pi*0.189244639489) q[2];
ry(pi*0.008268341232) q[3];
ry(pi*-0.285392795035) q[4];
ry(pi*0.00052658209) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.023127926478) q[0];
ry(pi*0.00746011641) q[1];
ry(pi*0.00864244765) q[2];
ry(pi*-0.019885253853) q[3];
ry(pi*-0.004702979225) q[4];
ry(pi*-0.000277537318) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
