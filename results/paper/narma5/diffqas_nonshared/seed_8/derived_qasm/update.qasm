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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.018885031939) q[0];
ry(pi*-0.116098863007) q[1];
ry(pi*0.087119945096) q[2];
ry(pi*0.016558810617) q[3];
ry(pi*0.021190654785) q[4];
ry(pi*0.504171096603) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.025043296506) q[0];
ry(pi*-0.269638223777) q[1];
ry(pi*-0.072675057869) q[2];
ry(pi*-0.042730659517) q[3];
ry(pi*0.171167746995) q[4];
ry(pi*0.498102549417) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.017215686274) q[0];
ry(pi*0.015370814233) q[1];
ry(pi*-0.16312943017) q[2];
ry(pi*-0.102411040587) q[3];
ry(pi*0.064017517991) q[4];
ry(pi*-0.027862452343) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001200413454) q[0];
ry(pi*-0.058650080236) q[1];
ry(pi*0.03088946886) q[2];
ry(pi*0.070661835895) q[3];
ry(pi*-0.000429904231) q[4];
ry(pi*-0.420630635465) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000967139816) q[0];
ry(pi*0.007592700342) q[1];
ry(pi*0.004208098224) q[2];
ry(pi*0.009489539332) q[3];
ry(pi*-0.009023629124) q[4];
ry(pi*-0.003877392856) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
