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
ry(pi*0.033300625244) q[0];
ry(pi*0.487478303999) q[1];
ry(pi*0.062839224982) q[2];
ry(pi*0.062617443047) q[3];
ry(pi*-0.007024294016) q[4];
ry(pi*0.006740744523) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.081985720356) q[0];
ry(pi*0.487881247215) q[1];
ry(pi*-0.509635893013) q[2];
ry(pi*0.526528013304) q[3];
ry(pi*-0.002592786944) q[4];
ry(pi*0.001812165691) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.072309116254) q[0];
ry(pi*-0.012915055291) q[1];
ry(pi*0.022734827747) q[2];
ry(pi*-0.007911172735) q[3];
ry(pi*-0.005928393721) q[4];
ry(pi*-0.001033253764) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002623021204) q[0];
ry(pi*0.001639845859) q[1];
ry(pi*-0.464687632341) q[2];
ry(pi*-0.005117637222) q[3];
ry(pi*-0.055995109815) q[4];
ry(pi*0.004999990178) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.07751789915) q[0];
ry(pi*0.520908892565) q[1];
ry(pi*0.018769728622) q[2];
ry(pi*-0.024349133471) q[3];
ry(pi*-0.350285985966) q[4];
ry(pi*-0.002118111031) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
