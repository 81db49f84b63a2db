// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
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
rx(pi*-3.7896484e-05) q[0];
rx(pi*-0.130975138342) q[1];
rx(pi*-0.351984122775) q[2];
rx(pi*-0.000243572283) q[3];
rx(pi*0.338346587623) q[4];
rx(pi*0.003641935721) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.148364610241) q[0];
rx(pi*-0.144414171121) q[1];
rx(pi*-0.005435878385) q[2];
rx(pi*-0.002212236463) q[3];
rx(pi*0.001063361366) q[4];
rx(pi*-0.000988645425) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.018698906912) q[0];
rx(pi*-0.081129641521) q[1];
rx(pi*0.0659032431) q[2];
rx(pi*0.016229063076) q[3];
rx(pi*0.334353848762) q[4];
rx(pi*-0.001932843039) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.202616802819) q[0];
rx(pi*0.220927800046) q[1];
rx(pi*0.130682341413) q[2];
rx(pi*0.001725160969) q[3];
rx(pi*-0.000996169306) q[4];
rx(pi*0.00130659414) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.135108768827) q[0];
rx(pi*0.224598628297) q[1];
rx(pi*-0.344122650932) q[2];
rx(pi*0.002312509509) q[3];
rx(pi*0.327113127278) q[4];
rx(pi*-0.004790041013) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
