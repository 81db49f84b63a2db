// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.028633049463) q[0];
ry(pi*0.116041679145) q[1];
ry(pi*0.166963651724) q[2];
ry(pi*0.008897919255) q[3];
ry(pi*-0.514420630254) q[4];
ry(pi*0.500542255043) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.150290657182) q[0];
ry(pi*0.333844923778) q[1];
ry(pi*-0.840734132107) q[2];
ry(pi*-0.030424897417) q[3];
ry(pi*-0.035361537591) q[4];
ry(pi*-0.517577961089) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.154933990535) q[0];
ry(pi*-0.018959317361) q[1];
ry(pi*0.004927363983) q[2];
ry(pi*0.007320402875) q[3];
ry(pi*-0.505898451445) q[4];
ry(pi*0.017631949544) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.005445373059) q[0];
ry(pi*-0.048495215853) q[1];
ry(pi*-0.009267287229) q[2];
ry(pi*-0.490889717871) q[3];
ry(pi*-0.502508400886) q[4];
ry(pi*-0.022416801807) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.011525806672) q[0];
ry(pi*-0.134506365115) q[1];
ry(pi*0.018280530552) q[2];
ry(pi*0.007171036954) q[3];
ry(pi*-0.011372784347) q[4];
ry(pi*-0.003537241431) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
