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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.183654964454) q[0];
ry(pi*0.212139243859) q[1];
ry(pi*-0.045500139957) q[2];
ry(pi*-0.075559323432) q[3];
ry(pi*-0.053998218634) q[4];
ry(pi*-0.163061204169) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.019744395431) q[0];
ry(pi*-0.277481026437) q[1];
ry(pi*0.039709415458) q[2];
ry(pi*0.239207416349) q[3];
ry(pi*0.197691515463) q[4];
ry(pi*-0.365029594363) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.262726945083) q[0];
ry(pi*0.193537830783) q[1];
ry(pi*0.181286805059) q[2];
ry(pi*0.021886164885) q[3];
ry(pi*0.015479262459) q[4];
ry(pi*0.222596870606) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.015745179748) q[0];
ry(pi*-0.092511895641) q[1];
ry(pi*0.21658025183) q[2];
ry(pi*0.074784011584) q[3];
ry(pi*0.407279323184) q[4];
ry(pi*0.572426429181) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.145417772556) q[0];
ry(pi*-0.047707998606) q[1];
ry(pi*0.33996446971) q[2];
ry(pi*0.012022627043) q[3];
ry(pi*-0.120438433182) q[4];
ry(pi*0.000157956351) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
